import { lmsFile, type QuestionSet } from '@/lib/lms';
import { itemTitle } from '@/lib/lms/items';
import { makeQuestion } from '../fixtures';
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

/** Every character some format gives a meaning to, and some that encodings get wrong. */
const HOSTILE = 'He said "no" & \'left\' <b>bold</b> {x} ~y =z #1 a:b \\ ]]> 50%\nnext line: Zoë — “ok” 😀 مريم';

const hostile = makeQuestion({
  prompt: `Q: ${HOSTILE}`,
  choices: [
    { id: 'braces', text: `{=~#:} <&> ]]> ${HOSTILE}` },
    { id: 'percent', text: '%50% of the vote, or 100%' },
    { id: 'rtl', text: 'مريم and שָׁלוֹם said 😀' },
  ],
  answer: ['rtl'],
  explanation: `Because ${HOSTILE}`,
  quote: { ...makeQuestion().quote, text: `"${HOSTILE}"` },
});
const hostileMulti = makeQuestion({ ...hostile, id: 'hostile-multi', type: 'multi', answer: ['braces', 'rtl'] });
const set: QuestionSet = {
  id: 'hostile',
  title: `Title ${HOSTILE}`,
  questions: [
    { quizId: 'hostile-quiz', question: hostile },
    { quizId: 'hostile-quiz', question: hostileMulti },
  ],
};
const questions = [hostile, hostileMulti];
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('a question full of characters formats treat specially', () => {
  it('comes back exactly from GIFT, read by gift-pegjs', () => {
    const read = readGift(text(lmsFile('gift', set).bytes));
    expect(read).toHaveLength(2);
    read.forEach((back, i) => {
      expectSameQuestion(back, questions[i]!);
      expectFullFeedback(back.feedback, questions[i]!);
      back.choices.forEach((c) => expectFullFeedback(c.feedback, questions[i]!));
    });
  });

  it('comes back exactly from Moodle XML', () => {
    readMoodle(text(lmsFile('moodle', set).bytes)).forEach((back, i) => {
      expectSameQuestion(back, questions[i]!);
      expectFullFeedback(back.feedback, questions[i]!);
      back.choices.forEach((c) => expectFullFeedback(c.feedback, questions[i]!));
    });
  });

  it.each(['qti12', 'cc'] as const)('comes back exactly from %s', (format) => {
    const files = unzipped(lmsFile(format, set).bytes);
    Object.values(files).forEach(checkWellFormed);
    const assessment = Object.entries(files).find(([path]) => path !== 'imsmanifest.xml')![1];
    expect(parseXml(assessment).getElementsByTagName('assessment')[0]?.getAttribute('title')).toBe(set.title);
    readQti12(assessment).forEach((back, i) => {
      expectSameQuestion(back, questions[i]!);
      expectFullFeedback(back.feedback, questions[i]!);
      back.choices.forEach((c) => expectFullFeedback(c.feedback, questions[i]!));
    });
  });

  it('comes back exactly from QTI 3.0', () => {
    const files = unzipped(lmsFile('qti3', set).bytes);
    Object.values(files).forEach(checkWellFormed);
    const items = Object.keys(files)
      .filter((path) => path.startsWith('items/'))
      .sort();
    expect(items).toHaveLength(2);
    items.forEach((path) => {
      const back = readQti3Item(files[path]!);
      const question = path.includes('multi') ? hostileMulti : hostile;
      expectSameQuestion(back, question);
      expectFullFeedback(back.feedback, question);
    });
  });

  it('comes back exactly from the web page', () => {
    readHtml(text(lmsFile('html', set).bytes)).forEach((back, i) => {
      expectSameQuestion(back, questions[i]!);
      expectFullFeedback(back.feedback, questions[i]!);
    });
  });

  it('is left out of Aiken, with the reason, when Aiken cannot hold it', () => {
    const file = lmsFile('aiken', set);
    expect(file.left).toEqual([
      {
        ident: 'sc.hostile-quiz.china-did-not-deploy',
        title: itemTitle(hostile),
        reason: 'Aiken cannot hold a line break',
      },
      {
        ident: 'sc.hostile-quiz.hostile-multi',
        title: itemTitle(hostileMulti),
        reason: 'Aiken has no select-all questions',
      },
    ]);
    expect(text(file.bytes)).toBe('');
  });

  it('stands in Aiken word for word when it has no line break', () => {
    const flat = (t: string) => t.replace(/\n/g, ' ');
    const oneLine = makeQuestion({
      ...hostile,
      prompt: flat(hostile.prompt),
      choices: hostile.choices.map((c) => ({ ...c, text: flat(c.text) })),
    });
    const file = lmsFile('aiken', { ...set, questions: [{ quizId: 'q', question: oneLine }] });
    expect(file.left).toEqual([]);
    expect(text(file.bytes).split('\n')).toEqual([
      oneLine.prompt,
      ...oneLine.choices.map((c, i) => `${'ABC'[i]}. ${c.text}`),
      'ANSWER: C',
      '',
    ]);
  });
});
