import { loadQuizzes } from '@/lib/content/load';
import { lmsFile, quizSet } from '@/lib/lms';
import { itemIdent, itemTitle } from '@/lib/lms/items';
import {
  checkWellFormed,
  expectFullFeedback,
  expectSameQuestion,
  parseXml,
  readGift,
  readHtml,
  readMoodle,
  readQti12,
  readQti3Item,
  unzipped,
} from './readBack';

const quizzes = loadQuizzes();
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** The files a package's manifest names, with the manifest itself. */
function manifestFiles(manifest: string): string[] {
  const hrefs = Array.from(parseXml(manifest).getElementsByTagName('file')).map((f) => f.getAttribute('href') ?? '');
  return ['imsmanifest.xml', ...hrefs].sort();
}

describe.each(quizzes.map((quiz) => [quiz.id, quiz] as const))('the quiz %s exported', (_id, quiz) => {
  const set = quizSet(quiz);

  it('as GIFT comes back from gift-pegjs with every question, choice, key and feedback', () => {
    const read = readGift(text(lmsFile('gift', set).bytes));
    expect(read).toHaveLength(quiz.questions.length);
    read.forEach((back, i) => {
      const question = quiz.questions[i]!;
      expect(back.title).toBe(itemTitle(question));
      expectSameQuestion(back, question);
      expectFullFeedback(back.feedback, question);
      back.choices.forEach((choice) => {
        expect(choice.feedback).toMatch(choice.right ? /^Right\./ : /^Not right\./);
        expectFullFeedback(choice.feedback, question);
      });
    });
  });

  it('as Moodle XML is well-formed and holds every question, key and feedback', () => {
    const read = readMoodle(text(lmsFile('moodle', set).bytes));
    expect(read).toHaveLength(quiz.questions.length);
    read.forEach((back, i) => {
      expectSameQuestion(back, quiz.questions[i]!);
      expectFullFeedback(back.feedback, quiz.questions[i]!);
      back.choices.forEach((choice) => expectFullFeedback(choice.feedback, quiz.questions[i]!));
    });
  });

  it.each(['qti12', 'cc'] as const)(
    'as %s is a zip whose manifest lists every file and whose QTI 1.2 holds the quiz',
    (format) => {
      const files = unzipped(lmsFile(format, set).bytes);
      Object.values(files).forEach(checkWellFormed);
      expect(manifestFiles(files['imsmanifest.xml']!)).toEqual(Object.keys(files).sort());
      const assessment = Object.entries(files).find(([path]) => path !== 'imsmanifest.xml')![1];
      const read = readQti12(assessment);
      expect(read).toHaveLength(quiz.questions.length);
      read.forEach((back, i) => {
        const question = quiz.questions[i]!;
        expectSameQuestion(back, question);
        expectFullFeedback(back.feedback, question);
        back.choices.forEach((choice) => expectFullFeedback(choice.feedback, question));
      });
    },
  );

  it('as Common Cartridge declares itself version 1.3 with an assessment resource', () => {
    const manifest = parseXml(unzipped(lmsFile('cc', set).bytes)['imsmanifest.xml']!);
    expect(manifest.documentElement.namespaceURI).toBe('http://www.imsglobal.org/xsd/imsccv1p3/imscp_v1p1');
    expect(manifest.getElementsByTagName('schemaversion')[0]?.textContent).toBe('1.3.0');
    expect(manifest.getElementsByTagName('resource')[0]?.getAttribute('type')).toBe(
      'imsqti_xmlv1p2/imscc_xmlv1p3/assessment',
    );
  });

  it('as QTI 3.0 is a package of one item a question, each in the test and the manifest', () => {
    const files = unzipped(lmsFile('qti3', set).bytes);
    Object.values(files).forEach(checkWellFormed);
    expect(manifestFiles(files['imsmanifest.xml']!)).toEqual(Object.keys(files).sort());
    const refs = Array.from(parseXml(files['assessment.xml']!).getElementsByTagName('qti-assessment-item-ref'));
    expect(refs.map((r) => r.getAttribute('identifier'))).toEqual(
      quiz.questions.map((q) => itemIdent({ quizId: quiz.id, question: q })),
    );
    refs.forEach((ref, i) => {
      const question = quiz.questions[i]!;
      const back = readQti3Item(files[ref.getAttribute('href')!]!);
      expectSameQuestion(back, question);
      expectFullFeedback(back.feedback, question);
      expectFullFeedback(back.wrongFeedback, question);
    });
  });

  it('as Aiken holds every question it can and names the select-all ones it cannot', () => {
    const file = lmsFile('aiken', set);
    const multi = quiz.questions.filter((q) => q.type === 'multi');
    expect(file.left.map((l) => l.ident)).toEqual(multi.map((q) => itemIdent({ quizId: quiz.id, question: q })));
    const blocks = text(file.bytes).trim().split('\n\n');
    expect(blocks).toHaveLength(quiz.questions.length - multi.length);
  });

  it('as a web page shows every question, its key and its feedback', () => {
    const read = readHtml(text(lmsFile('html', set).bytes));
    read.forEach((back, i) => {
      expectSameQuestion(back, quiz.questions[i]!);
      expectFullFeedback(back.feedback, quiz.questions[i]!);
    });
    expect(read).toHaveLength(quiz.questions.length);
  });
});
