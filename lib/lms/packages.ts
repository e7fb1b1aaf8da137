import { strToU8, zipSync } from 'fflate';
import { itemIdent, type QuestionSet } from './items';
import { xmlAttr, xmlText } from './markup';
import { qti12Assessment } from './qti12';
import { qti3Item, qti3Test } from './qti3';

/** A package's files by path, before zipping (the tests check that each manifest names every one). */
type Files = Record<string, string>;

function zip(files: Files): Uint8Array<ArrayBuffer> {
  // fflate's types allow a shared buffer, but it always allocates its own plain ArrayBuffer.
  return zipSync(Object.fromEntries(Object.entries(files).map(([path, text]) => [path, strToU8(text)])), {
    level: 9,
  }) as Uint8Array<ArrayBuffer>;
}

const setIdent = (set: QuestionSet) => `sc.${set.id}`;

const title = (set: QuestionSet) =>
  `<lomimscc:title><lomimscc:string>${xmlText(set.title)}</lomimscc:string></lomimscc:title>`;

/** A QTI 1.2 assessment and its manifest: what Canvas's "QTI .zip file" import takes, and most systems besides. */
export function qti12Files(set: QuestionSet): Files {
  const path = `${set.id}/${set.id}.xml`;
  const manifest = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<manifest identifier="${setIdent(set)}.manifest" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1">`,
    `<metadata><schema>IMS Content</schema><schemaversion>1.1.3</schemaversion></metadata>`,
    `<organizations/>`,
    `<resources>`,
    `<resource identifier="${setIdent(set)}" type="imsqti_xmlv1p2" href="${xmlAttr(path)}"><file href="${xmlAttr(path)}"/></resource>`,
    `</resources>`,
    `</manifest>`,
    '',
  ].join('\n');
  return { 'imsmanifest.xml': manifest, [path]: qti12Assessment(set) };
}

/** An IMS Common Cartridge 1.3 holding the same assessment, for course imports (Canvas, Schoology, Blackboard). */
export function cartridgeFiles(set: QuestionSet): Files {
  const path = `${set.id}/assessment.xml`;
  const manifest = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<manifest identifier="${setIdent(set)}.cartridge" xmlns="http://www.imsglobal.org/xsd/imsccv1p3/imscp_v1p1" xmlns:lomimscc="http://ltsc.ieee.org/xsd/imsccv1p3/LOM/manifest" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsglobal.org/xsd/imsccv1p3/imscp_v1p1 http://www.imsglobal.org/profile/cc/ccv1p3/ccv1p3_imscp_v1p2_v1p0.xsd">`,
    `<metadata><schema>IMS Common Cartridge</schema><schemaversion>1.3.0</schemaversion>`,
    `<lomimscc:lom><lomimscc:general>${title(set)}</lomimscc:general></lomimscc:lom></metadata>`,
    `<organizations/>`,
    `<resources>`,
    `<resource identifier="${setIdent(set)}" type="imsqti_xmlv1p2/imscc_xmlv1p3/assessment"><file href="${xmlAttr(path)}"/></resource>`,
    `</resources>`,
    `</manifest>`,
    '',
  ].join('\n');
  return { 'imsmanifest.xml': manifest, [path]: qti12Assessment(set) };
}

/** A QTI 3.0 content package: one file per item, a test that orders them, and the manifest of both. */
export function qti3Files(set: QuestionSet): Files {
  const items = set.questions.map((entry) => ({
    ident: itemIdent(entry),
    path: `items/${itemIdent(entry)}.xml`,
    entry,
  }));
  const testPath = 'assessment.xml';
  const manifest = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<manifest identifier="${setIdent(set)}.package" xmlns="http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1 https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd">`,
    `<metadata><schema>QTI Package</schema><schemaversion>3.0.0</schemaversion></metadata>`,
    `<organizations/>`,
    `<resources>`,
    `<resource identifier="${setIdent(set)}" type="imsqti_test_xmlv3p0" href="${testPath}"><file href="${testPath}"/>`,
    ...items.map((i) => `<dependency identifierref="${xmlAttr(i.ident)}"/>`),
    `</resource>`,
    ...items.map(
      (i) =>
        `<resource identifier="${xmlAttr(i.ident)}" type="imsqti_item_xmlv3p0" href="${xmlAttr(i.path)}"><file href="${xmlAttr(i.path)}"/></resource>`,
    ),
    `</resources>`,
    `</manifest>`,
    '',
  ].join('\n');
  return {
    'imsmanifest.xml': manifest,
    [testPath]: qti3Test(set, items),
    ...Object.fromEntries(items.map((i) => [i.path, qti3Item(i.entry)])),
  };
}

export const qti12Package = (set: QuestionSet) => zip(qti12Files(set));
export const cartridgePackage = (set: QuestionSet) => zip(cartridgeFiles(set));
export const qti3Package = (set: QuestionSet) => zip(qti3Files(set));
