import fc from 'fast-check';
import { loadClaims, loadQuizzes, loadSourceTexts } from '@/lib/content/load';
import {
  adaptedQuestion,
  blankQuestion,
  myQuizFile,
  questionProblems,
  quoteFromSelection,
  readDraft,
  readQuizFile,
  suggestSpeaker,
  wordsOf,
} from '@/lib/teacherQuestions';
import type { SourceId } from '@/lib/content/sources';
import { SOURCE_ID, makeQuestion } from '../fixtures';

const sourceParagraphs = loadSourceTexts();
const context = { sourceParagraphs, claimIds: loadClaims().map((c) => c.id) };
const paragraph = (n: number) => sourceParagraphs[SOURCE_ID]![n - 1]!;

describe('a selection becomes a quote of the source’s own words', () => {
  it('takes whole words, however the selection cuts them', () => {
    const text = paragraph(13);
    const start = text.indexOf('hina was');
    expect(quoteFromSelection(text, start, text.indexOf('Biden.') + 3)?.text).toBe(
      'China was making a major push to support Biden.',
    );
    expect(quoteFromSelection(text, 5, 5)).toBeNull();
  });

  it('keeps dashes and the source’s characters, and leaves out the quotation marks at its ends', () => {
    const text = paragraph(19);
    const quote = quoteFromSelection(text, 0, text.indexOf('Biden —') + 7);
    expect(quote?.text).toMatch(/^A key element of Moscow's strategy.*against President Biden —$/);
    expect(quoteFromSelection('“We assess,” it says.', 0, 11)?.text).toBe('We assess,');
  });

  it('is always a stretch of the paragraph itself, whatever is selected', () => {
    fc.assert(
      fc.property(fc.string(), fc.nat(), fc.nat(), (text, a, b) => {
        const quote = quoteFromSelection(text, Math.min(a, b), Math.max(a, b));
        if (quote) {
          expect(text.slice(quote.start, quote.end)).toBe(quote.text);
          expect(quote.text).toBe(quote.text.trim());
        }
      }),
    );
  });

  it('numbers the words for the keyboard’s way of choosing', () => {
    expect(wordsOf(' two  words ').map((w) => w.text)).toEqual(['two', 'words']);
  });
});

describe('who is speaking, as suggested', () => {
  const quote = (n: number, text: string) => ({ text, paragraph: n, sourceId: SOURCE_ID as SourceId });
  it('is the report inside quotation marks, officials where the sentence names them, NPR elsewhere', () => {
    expect(suggestSpeaker(quote(11, 'We have no indications'), sourceParagraphs)).toBe('report');
    expect(suggestSpeaker(quote(17, 'the Russians did not operate on the same scale'), sourceParagraphs)).toBe(
      'us-officials',
    );
    expect(suggestSpeaker(quote(10, "described last year's balloting as secure"), sourceParagraphs)).toBe(
      'election-officials',
    );
    expect(suggestSpeaker(quote(13, 'China was making a major push'), sourceParagraphs)).toBe('npr');
  });
});

describe('a teacher’s question, checked by the bank’s rules', () => {
  it('passes as the bank’s own question does, under a new id', () => {
    const bank = loadQuizzes()[0]!.questions[0]!;
    const mine = adaptedQuestion(bank, 'mine-abcdefgh');
    expect(questionProblems(mine, context)).toEqual({});
    expect(mine.id).toBe('mine-abcdefgh');
    expect(bank.id).not.toBe('mine-abcdefgh');
  });

  it('names each problem beside its field, in words', () => {
    const problems = questionProblems(blankQuestion('mine-abcdefgh', SOURCE_ID), context);
    expect(problems.prompt).toEqual(['write this']);
    expect(problems.claims).toEqual(['choose at least one']);
    const wrongSpeaker = makeQuestion({ quote: { ...makeQuestion().quote, speaker: 'npr' } });
    expect(questionProblems(wrongSpeaker, context).quote).toEqual([
      "these words stand inside quotation marks: they are the report's, not the narrator's",
    ]);
    const invented = makeQuestion({ explanation: 'It says "nothing of the kind".' });
    expect(questionProblems(invented, context).explanation?.[0]).toMatch(/"nothing of the kind" are not in the source/);
  });
});

describe('quiz files and drafts, read without trusting them', () => {
  it('opens what it downloads, and names a question that fails while keeping the rest', () => {
    const good = makeQuestion({ id: 'mine-aaaaaaaa' });
    const bad = { ...makeQuestion({ id: 'mine-bbbbbbbb' }), quote: { ...good.quote, text: 'words not in it' } };
    const opened = readQuizFile(JSON.stringify({ ...myQuizFile([good]), questions: [good, bad] }), context);
    expect(opened.questions).toEqual([good]);
    expect(opened.problems).toEqual([expect.stringMatching(/^Question 2 was not opened: quote: not found verbatim/)]);
    expect(readQuizFile('{"a":', context).problems).toEqual(['This file is not a quiz file: it is not JSON.']);
  });

  it('never throws on a file, whatever it holds', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify({ questions: [value] });
        expect(() => readQuizFile(text, context)).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });

  it('gives back an unfinished question as it was kept, and nothing for what is not one', () => {
    const draft = blankQuestion('mine-abcdefgh', SOURCE_ID, 'speaker');
    expect(readDraft(JSON.stringify(draft))).toEqual(draft);
    expect(readDraft('{"id":"<script>"}')).toBeNull();
    expect(readDraft('not json')).toBeNull();
    expect(readDraft(null)).toBeNull();
  });
});

describe('the ends of a quote', () => {
  it('leave out a quotation mark only with its pair', () => {
    const text = 'He said, “the report.” Then he left.';
    expect(quoteFromSelection(text, 0, text.indexOf('Then') - 1)?.text).toBe('He said, “the report.”');
    expect(quoteFromSelection(text, text.indexOf('“'), text.indexOf('”') + 1)?.text).toBe('the report.');
    expect(quoteFromSelection('"', 0, 1)).toBeNull();
  });
});

describe('opening a file of questions', () => {
  it('takes only the teacher’s own questions, each once, and leaves those already here as they are', () => {
    const bank = loadQuizzes()[0]!.questions[0]!;
    const mine = adaptedQuestion(bank, 'mine-cccccccc');
    const here = adaptedQuestion(bank, 'mine-dddddddd');
    const opened = readQuizFile(
      JSON.stringify({ questions: [bank, mine, mine, here] }),
      context,
      new Set(['mine-dddddddd']),
    );
    expect(opened.questions.map((q) => q.id)).toEqual(['mine-cccccccc']);
    expect(opened.problems).toEqual([
      'Question 1 was not opened: it is not a question of yours (its id is the bank’s).',
      'Question 3 was not opened: the file holds it twice.',
      'Question 4 was not opened: it is already on this device, and the one here was kept as it is.',
    ]);
  });
});
