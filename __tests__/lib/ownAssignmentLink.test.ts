import fc from 'fast-check';
import { contentVersion, type Assignment } from '@/lib/assignment';
import { OWN_QUIZ_ID, ownQuizzes } from '@/lib/ownQuizzes';
import { carriesOwnQuestions, decodeAssignment, encodeAssignment } from '@/lib/assignmentLink';
import { questionLookup } from '@/lib/content/refs';
import { loadSourceTexts } from '@/lib/content/load';
import { deflateRaw } from '@/lib/deflate';
import { bytesToBase64Url } from '@/lib/encoding';
import {
  decodeAssignmentLink,
  encodeAssignmentLink,
  MAX_OWN_ASSIGNMENT_JSON,
  MAX_OWN_ASSIGNMENT_LENGTH,
} from '@/lib/ownAssignmentLink';
import { checkOwnQuestions } from '@/lib/ownQuestionCheck';
import { MY_QUIZ_ID } from '@/lib/teacherQuestions';
import type { Question } from '@/lib/content/schema';
import { article, articleQuestion } from './articleFixture';
import { makeQuestion } from '../fixtures';

const own = makeQuestion({ id: 'mine-abcd1234', prompt: 'What did China do, by the report’s words?' });
const second = makeQuestion({
  id: 'mine-zz99yy88',
  type: 'true-false',
  prompt: 'True or false: the report says China deployed influence efforts.',
  choices: [
    { id: 'true', text: 'True' },
    { id: 'false', text: 'False' },
  ],
  answer: ['false'],
});

const settings: Assignment = {
  version: 1,
  id: 'k3x9mp2a',
  questions: ['china-and-iran:two,four', OWN_QUIZ_ID],
  shuffleQuestions: true,
  shuffleChoices: false,
  feedback: 'practice',
  title: 'Period 3 — warm-up',
  contentVersion: '0a1b2c3d',
};
const withOwn: Assignment = { ...settings, ownQuestions: [own, second] };
const sources = loadSourceTexts();

/** A link as the builder wrote it before own questions existed (format 1), kept here as the literal it was. */
const OLD_LINK =
  'a1.eyJ2ZXJzaW9uIjoxLCJpZCI6ImszeDltcDJhIiwicXVlc3Rpb25zIjpbImNoaW5hLWFuZC1pcmFuOnR3byxmb3VyIiwidGhlLXZvdGUtaXRzZWxmIl0sInNodWZmbGVRdWVzdGlvbnMiOnRydWUsInNodWZmbGVDaG9pY2VzIjpmYWxzZSwiZmVlZGJhY2siOiJwcmFjdGljZSIsInRpdGxlIjoiUGVyaW9kIDMg4oCUIHdhcm0tdXAiLCJjbGFzc05hbWUiOiJDaXZpY3MgMyIsImR1ZSI6IjIwMjYtMTItMDEiLCJ0ZWFjaGVyRW1haWwiOiJtcy5yaXZlcmFAc2Nob29sLm9yZyIsImNvbnRlbnRWZXJzaW9uIjoiMGExYjJjM2QifQ';
const OLD_ASSIGNMENT = {
  version: 1,
  id: 'k3x9mp2a',
  questions: ['china-and-iran:two,four', 'the-vote-itself'],
  shuffleQuestions: true,
  shuffleChoices: false,
  feedback: 'practice',
  title: 'Period 3 — warm-up',
  className: 'Civics 3',
  due: '2026-12-01',
  teacherEmail: 'ms.rivera@school.org',
  contentVersion: '0a1b2c3d',
};

async function packed(json: string): Promise<string> {
  return `a2.${bytesToBase64Url(await deflateRaw(new TextEncoder().encode(json)))}`;
}

describe('assignment links with the teacher’s own questions', () => {
  it('opens a link made before them exactly as it was, by either reader', async () => {
    expect(decodeAssignment(OLD_LINK)).toEqual({ ok: true, value: OLD_ASSIGNMENT });
    expect(await decodeAssignmentLink(OLD_LINK)).toEqual({ ok: true, value: OLD_ASSIGNMENT });
  });

  it('writes a bank-only assignment as the same format 1 link as before', async () => {
    const link = await encodeAssignmentLink(OLD_ASSIGNMENT as Assignment);
    expect(link).toBe(OLD_LINK);
  });

  it('writes one with own questions as format 2, shorter than its JSON, and reads back exactly what went in', async () => {
    const link = await encodeAssignmentLink(withOwn);
    expect(link.startsWith('a2.')).toBe(true);
    expect(carriesOwnQuestions(link)).toBe(true);
    expect(link.length).toBeLessThan(JSON.stringify(withOwn).length);
    expect(await decodeAssignmentLink(link)).toEqual({ ok: true, value: withOwn });
  });

  it('keeps the format 1 reader from taking a format 2 link for one of its own', async () => {
    expect(decodeAssignment(await encodeAssignmentLink(withOwn))).toMatchObject({ ok: false, reason: /newer version/ });
    expect(() => encodeAssignment(withOwn)).toThrow(TypeError);
  });

  it('refuses a link cut short, one too long, and one that inflates past its cap, each in words', async () => {
    const link = await encodeAssignmentLink(withOwn);
    expect(await decodeAssignmentLink(link.slice(0, link.length - 20))).toEqual({
      ok: false,
      reason: 'The link is cut short or damaged. Ask your teacher to send it again.',
    });
    expect(await decodeAssignmentLink(`a2.${'A'.repeat(MAX_OWN_ASSIGNMENT_LENGTH)}`)).toMatchObject({
      reason: 'The link is far too long to be an assignment.',
    });
    const bomb = await packed(`{"x":"${' '.repeat(MAX_OWN_ASSIGNMENT_JSON)}"}`);
    expect(bomb.length).toBeLessThan(MAX_OWN_ASSIGNMENT_LENGTH);
    expect(await decodeAssignmentLink(bomb)).toMatchObject({ reason: 'The link is far too long to be an assignment.' });
    expect(await decodeAssignmentLink('a3.AAAA')).toMatchObject({ reason: /newer version/ });
  });

  it('refuses a format 2 link without own questions, or with an extra field, as not an assignment', async () => {
    expect(await decodeAssignmentLink(await packed(JSON.stringify(settings)))).toMatchObject({
      reason: 'The link does not describe a valid assignment.',
    });
    const extra = await packed(JSON.stringify({ ...withOwn, script: '<script>' }));
    expect(await decodeAssignmentLink(extra)).toMatchObject({ ok: false });
  });

  it('gives back exactly what went in for any settings and questions (fuzz)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          title: fc.option(
            fc.string({ minLength: 1, maxLength: 100 }).filter((t) => t.trim() === t && t !== ''),
            {
              nil: undefined,
            },
          ),
          prompt: fc.string({ minLength: 1, maxLength: 600 }),
          quote: fc.string({ minLength: 1, maxLength: 1200 }),
          count: fc.integer({ min: 1, max: 30 }),
        }),
        async ({ title, prompt, quote, count }) => {
          const questions = Array.from({ length: count }, (_, i) =>
            makeQuestion({
              id: `mine-${String(i).padStart(8, '0')}`,
              prompt,
              quote: { ...own.quote, text: quote },
            }),
          );
          const value: Assignment = JSON.parse(
            JSON.stringify({ ...settings, ...(title ? { title } : {}), ownQuestions: questions }),
          ) as Assignment;
          const link = await encodeAssignmentLink(value);
          expect(link.length).toBeLessThanOrEqual(MAX_OWN_ASSIGNMENT_LENGTH);
          expect(await decodeAssignmentLink(link)).toEqual({ ok: true, value });
        },
      ),
      { numRuns: 40 },
    );
  });

  it('answers any bytes, and any cut or changed link, with a reason and never a throw (fuzz)', async () => {
    const link = await encodeAssignmentLink(withOwn);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.uint8Array({ maxLength: 400 }).map((bytes) => `a2.${bytesToBase64Url(bytes)}`),
          fc.string({ maxLength: 400 }).map((text) => `a2.${text}`),
          fc.integer({ min: 3, max: link.length - 1 }).map((end) => link.slice(0, end)),
          fc
            .tuple(fc.integer({ min: 3, max: link.length - 1 }), fc.constantFrom('A', '_', '-', '%', ' '))
            .map(([at, c]) => link.slice(0, at) + c + link.slice(at + 1)),
        ),
        async (token) => {
          const read = await decodeAssignmentLink(token);
          if (!read.ok) expect(read.reason).toMatch(/^The link /);
          else expect(read.value.ownQuestions?.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('the teacher’s own questions when a link is opened', () => {
  it('keeps every question that keeps the bank’s rules', () => {
    expect(checkOwnQuestions(withOwn, sources)).toEqual({ assignment: withOwn, problems: [] });
  });

  it('leaves out a question whose quote is not the article’s words, names it, and keeps the rest', () => {
    const altered = { ...own, quote: { ...own.quote, text: 'China deployed influence efforts' } };
    const checked = checkOwnQuestions({ ...withOwn, ownQuestions: [altered, second] }, sources);
    expect(checked.assignment.ownQuestions).toEqual([second]);
    expect(checked.problems).toEqual([
      'Question 1 of your teacher’s own (“What did China do, by the report’s words?”) was left out: its quote’s text: not found verbatim in source "npr-2021-03-16-russia-2020-election".',
    ]);
  });

  it('leaves out a question whose speaker or key breaks a rule, and drops own questions when none is left', () => {
    const narrated = { ...own, quote: { ...own.quote, speaker: 'npr' as const } };
    const unkeyed = { ...second, answer: ['maybe'] };
    const checked = checkOwnQuestions({ ...withOwn, ownQuestions: [narrated, unkeyed] }, sources);
    expect(checked.assignment).toEqual(settings);
    expect(checked.problems).toHaveLength(2);
    expect(checked.problems[0]).toMatch(/Question 1 .* its quote’s speaker: these words stand inside quotation marks/);
    expect(checked.problems[1]).toMatch(/Question 2 .* answer 0: "maybe" is not one of the choice ids/);
  });

  it('forms one quiz, under the id the writer downloads them as, beside the bank', () => {
    expect(OWN_QUIZ_ID).toBe(MY_QUIZ_ID);
    expect(ownQuizzes(settings)).toEqual([]);
    expect(ownQuizzes(withOwn).map((q) => q.questions)).toEqual([[own, second]]);
  });

  it('changes the fingerprint when the teacher rewrites a choice or its key, not only its id', () => {
    const refs = [`${OWN_QUIZ_ID}/${own.id}`];
    const before = contentVersion(refs, questionLookup(ownQuizzes(withOwn)));
    const reworded = {
      ...own,
      choices: own.choices.map((c) => (c.id === 'never' ? { ...c, text: 'Ignored them' } : c)),
    };
    const rekeyed = { ...own, answer: ['never'] };
    expect(contentVersion(refs, questionLookup(ownQuizzes({ ownQuestions: [reworded] })))).not.toBe(before);
    expect(contentVersion(refs, questionLookup(ownQuizzes({ ownQuestions: [rekeyed] })))).not.toBe(before);
  });
});

describe('an article of the teacher’s own in the link', () => {
  const onArticle = articleQuestion() as unknown as Question;
  const withArticle: Assignment = { ...settings, ownQuestions: [own, onArticle], articles: [article] };

  it('travels with the questions that quote it and comes back exactly', async () => {
    const link = await encodeAssignmentLink(withArticle);
    expect(await decodeAssignmentLink(link)).toEqual({ ok: true, value: withArticle });
    expect(checkOwnQuestions(withArticle, sources)).toEqual({ assignment: withArticle, problems: [] });
  });

  it('holds a question on it to the article’s own words, not the bank’s source', () => {
    const moved = { ...onArticle, quote: { ...onArticle.quote, text: 'The town council voted 6 to 1' } };
    const checked = checkOwnQuestions({ ...withArticle, ownQuestions: [own, moved] }, sources);
    expect(checked.assignment).toEqual({ ...settings, ownQuestions: [own] });
    expect(checked.problems).toEqual([
      'Question 2 of your teacher’s own (“How did the council vote?”) was left out: quote text: these words are not in the article, character for character.',
    ]);
  });

  it('that cannot be read is named, and the questions on it are left out while the rest still work', () => {
    const broken = { ...article, citation: { ...article.citation, url: 'javascript:alert(1)' } };
    const checked = checkOwnQuestions({ ...withArticle, articles: [broken] }, sources);
    expect(checked.assignment).toEqual({ ...settings, ownQuestions: [own] });
    expect(checked.problems[0]).toMatch(
      /^The article “.+” could not be opened \(citation url: .+\), so the questions on it were left out\.$/,
    );
    expect(checked.problems[1]).toMatch(/^Question 2 .* was left out: the article it quotes is not in the link\.$/);
  });

  it('is one a link at most', async () => {
    const two = await packed(
      JSON.stringify({ ...withArticle, articles: [article, { ...article, id: 'article-zzzz9999' }] }),
    );
    expect(await decodeAssignmentLink(two)).toMatchObject({ ok: false });
  });
});
