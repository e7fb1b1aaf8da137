import { aiken } from './aiken';
import { gift } from './gift';
import { htmlDocument } from './html';
import type { LmsQuestion, QuestionSet } from './items';
import { moodleXml } from './moodle';
import { cartridgePackage, qti12Package, qti3Package } from './packages';

export type { LmsQuestion, QuestionSet } from './items';

/** Every file the app exports for a learning management system, by the name the command line takes. */
export const LMS_FORMATS = {
  qti12: { label: 'QTI 1.2 (zip)', extension: '.qti12.zip', type: 'application/zip' },
  cc: { label: 'Common Cartridge 1.3', extension: '.imscc', type: 'application/zip' },
  qti3: { label: 'QTI 3.0 (zip)', extension: '.qti3.zip', type: 'application/zip' },
  moodle: { label: 'Moodle XML', extension: '.moodle.xml', type: 'application/xml' },
  gift: { label: 'GIFT', extension: '.gift.txt', type: 'text/plain' },
  aiken: { label: 'Aiken', extension: '.aiken.txt', type: 'text/plain' },
  html: { label: 'Web page (HTML)', extension: '.html', type: 'text/html' },
} as const;

export type LmsFormat = keyof typeof LMS_FORMATS;

export function isLmsFormat(name: string): name is LmsFormat {
  return Object.hasOwn(LMS_FORMATS, name);
}

export interface LmsFile {
  name: string;
  type: string;
  bytes: Uint8Array;
  /** Questions the format could not hold (only Aiken leaves any out), with the reason. */
  left: { ident: string; reason: string }[];
}

/** One question set in one format, as the file a teacher downloads or the command writes. */
export function lmsFile(format: LmsFormat, set: QuestionSet): LmsFile {
  const { extension, type } = LMS_FORMATS[format];
  const file = (bytes: Uint8Array, left: LmsFile['left'] = []) => ({
    name: `${set.id}${extension}`,
    type,
    bytes,
    left,
  });
  const text = (content: string) => new TextEncoder().encode(content);
  switch (format) {
    case 'qti12':
      return file(qti12Package(set));
    case 'cc':
      return file(cartridgePackage(set));
    case 'qti3':
      return file(qti3Package(set));
    case 'moodle':
      return file(text(moodleXml(set)));
    case 'gift':
      return file(text(gift(set)));
    case 'aiken': {
      const exported = aiken(set);
      return file(text(exported.text), exported.left);
    }
    case 'html':
      return file(text(htmlDocument(set)));
  }
}

/** A quiz as a question set. */
export function quizSet(quiz: {
  id: string;
  title: string;
  questions: readonly LmsQuestion['question'][];
}): QuestionSet {
  return {
    id: quiz.id,
    title: quiz.title,
    questions: quiz.questions.map((question) => ({ quizId: quiz.id, question })),
  };
}
