import fc from 'fast-check';
import {
  assignmentPool,
  contentVersion,
  selectionsFor,
  studentChoices,
  studentQuestions,
  passagesIn,
  type Assignment,
} from '@/lib/assignment';
import { resultLookups } from '@/lib/ownQuizzes';
import { decodeAssignment, encodeAssignment, MAX_ASSIGNMENT_LENGTH } from '@/lib/assignmentLink';
import { questionLookup } from '@/lib/content/refs';
import { makePairQuestion, makeQuestion, makeQuiz } from '../fixtures';

const quiz = makeQuiz([
  makeQuestion({ id: 'one' }),
  makeQuestion({ id: 'two', prompt: 'Second?' }),
  makeQuestion({ id: 'three', prompt: 'Third?' }),
  makeQuestion({ id: 'four', prompt: 'Fourth?' }),
]);
const lookup = questionLookup([quiz]);

const assignment: Assignment = {
  version: 1,
  id: 'k3x9mp2a',
  questions: ['china-and-iran'],
  shuffleQuestions: true,
  shuffleChoices: true,
  feedback: 'assessment',
  title: 'Period 3 warm-up',
  className: 'Civics 3',
  due: '2026-12-01',
  contentVersion: 'deadbeef',
};

describe('assignment links', () => {
  it('round-trip through the link unchanged', () => {
    expect(decodeAssignment(encodeAssignment(assignment))).toEqual({ ok: true, value: assignment });
  });

  it('round-trip any valid assignment, names in any language included', () => {
    fc.assert(
      fc.property(
        fc.record({
          title: fc.option(
            fc.string({ minLength: 1, maxLength: 100 }).filter((s) => s.trim() === s && s.length > 0),
            {
              nil: undefined,
            },
          ),
          draw: fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined }),
          feedback: fc.constantFrom('practice' as const, 'assessment' as const),
        }),
        (fields) => {
          const value = { ...assignment, ...fields };
          if (value.title === undefined) delete value.title;
          if (value.draw === undefined) delete value.draw;
          expect(decodeAssignment(encodeAssignment(value))).toEqual({ ok: true, value });
        },
      ),
    );
  });

  it('explain a cut-short, tampered, foreign, oversized or future link instead of failing', () => {
    const link = encodeAssignment(assignment);
    expect(decodeAssignment(link.slice(0, 40))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/cut short/),
    });
    expect(decodeAssignment('hello')).toMatchObject({ ok: false, reason: 'This is not an assignment link.' });
    for (const mangled of [`${link}%`, 'a1.xyz%', `${link.slice(0, 30)}\n${link.slice(30)}`]) {
      expect(decodeAssignment(mangled)).toMatchObject({
        ok: false,
        reason: expect.stringMatching(/cut short or damaged/),
      });
    }
    expect(decodeAssignment(link.replace(/^a1/, 'a2'))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/newer version/),
    });
    expect(decodeAssignment('a1.' + 'A'.repeat(MAX_ASSIGNMENT_LENGTH))).toMatchObject({ ok: false });
    const withScript = encodeAssignment({ ...assignment, title: '<script>alert(1)</script>' });
    expect(decodeAssignment(withScript)).toMatchObject({ ok: true });
    const extraField = 'a1.' + Buffer.from(JSON.stringify({ ...assignment, admin: true })).toString('base64url');
    expect(decodeAssignment(extraField)).toMatchObject({
      ok: false,
      reason: 'The link does not describe a valid assignment.',
    });
  });

  it('never throws, whatever text arrives in the link', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `a1.${s}`),
          fc.base64String().map((s) => `a1.${s}`),
        ),
        (text) => {
          expect(decodeAssignment(text).ok).toBe(false);
        },
      ),
    );
  });
});

describe('the question pool', () => {
  it('expands a whole quiz, or only the picked questions', () => {
    expect(assignmentPool({ questions: ['china-and-iran'] }, [quiz])).toEqual({
      ok: true,
      value: ['china-and-iran/one', 'china-and-iran/two', 'china-and-iran/three', 'china-and-iran/four'],
    });
    expect(assignmentPool({ questions: ['china-and-iran:two,four'] }, [quiz])).toEqual({
      ok: true,
      value: ['china-and-iran/two', 'china-and-iran/four'],
    });
  });

  it('names a quiz or question the site does not have', () => {
    expect(assignmentPool({ questions: ['nope'] }, [quiz])).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/“nope”/),
    });
    expect(assignmentPool({ questions: ['china-and-iran:gone'] }, [quiz])).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/“gone”/),
    });
  });

  it('writes a whole quiz as its id alone, so links stay short', () => {
    expect(
      selectionsFor(
        ['china-and-iran/one', 'china-and-iran/two', 'china-and-iran/three', 'china-and-iran/four'],
        [quiz],
      ),
    ).toEqual(['china-and-iran']);
    expect(selectionsFor(['china-and-iran/three', 'china-and-iran/one'], [quiz])).toEqual(['china-and-iran:one,three']);
  });
});

describe('per-student order', () => {
  const pool = ['china-and-iran/one', 'china-and-iran/two', 'china-and-iran/three', 'china-and-iran/four'];

  it('is the same for the same link and name, however the name is typed', () => {
    expect(studentQuestions(assignment, pool, 'Ana Lopez', lookup)).toEqual(
      studentQuestions(assignment, pool, '  ana   LOPEZ ', lookup),
    );
  });

  it('differs between students and keeps every question exactly once', () => {
    const orders = ['Ana', 'Ben', 'Chen', 'Dara', 'Eli'].map((name) =>
      studentQuestions(assignment, pool, name, lookup).join(),
    );
    expect(new Set(orders).size).toBeGreaterThan(1);
    for (const order of orders) expect(order.split(',').sort()).toEqual([...pool].sort());
  });

  it('draws N questions without repeats, keeping quiz order when not shuffling', () => {
    const drawn = studentQuestions({ ...assignment, draw: 2, shuffleQuestions: false }, pool, 'Ana', lookup);
    expect(drawn).toHaveLength(2);
    expect(drawn).toEqual(pool.filter((ref) => drawn.includes(ref)));
  });

  describe('a random draw', () => {
    // Six questions on three passages: paragraphs 15, 16 and 17, two questions each.
    const paired = makeQuiz(
      Array.from({ length: 6 }, (_, i) =>
        makeQuestion({
          id: `p${i}`,
          prompt: `Question ${i}?`,
          quote: { ...makeQuestion().quote, paragraph: 15 + Math.floor(i / 2) },
        }),
      ),
    );
    const pairedLookup = questionLookup([paired]);
    const pairedPool = paired.questions.map((q) => `china-and-iran/${q.id}`);
    const paragraphs = (refs: string[]) => refs.map((ref) => pairedLookup.get(ref)!.quote.paragraph);
    const names = fc.string({ minLength: 1, maxLength: 20 }).filter((name) => name.trim().length > 0);

    it('takes at most one question a passage while the pool has passages enough', () => {
      fc.assert(
        fc.property(names, fc.integer({ min: 1, max: 3 }), (name, draw) => {
          const drawn = studentQuestions({ ...assignment, draw }, pairedPool, name, pairedLookup);
          expect(drawn).toHaveLength(draw);
          expect(new Set(paragraphs(drawn)).size).toBe(draw);
        }),
      );
    });

    it('covers every passage before it doubles one up, when the draw is larger than the passages', () => {
      fc.assert(
        fc.property(names, fc.integer({ min: 4, max: 5 }), (name, draw) => {
          const drawn = studentQuestions({ ...assignment, draw }, pairedPool, name, pairedLookup);
          expect(new Set(drawn).size).toBe(draw);
          expect(new Set(paragraphs(drawn))).toEqual(new Set([15, 16, 17]));
        }),
      );
    });

    it('is still the same for the same name, and differs between names', () => {
      const draw = { ...assignment, draw: 3 };
      expect(studentQuestions(draw, pairedPool, 'Ana', pairedLookup)).toEqual(
        studentQuestions(draw, pairedPool, ' ANA ', pairedLookup),
      );
      const sets = ['Ana', 'Ben', 'Chen', 'Dara', 'Eli', 'Fay'].map((n) =>
        studentQuestions(draw, pairedPool, n, pairedLookup).sort().join(),
      );
      expect(new Set(sets).size).toBeGreaterThan(1);
    });

    it('counts the passages a pool quotes', () => {
      expect(passagesIn(pairedPool, pairedLookup)).toBe(3);
      expect(passagesIn(pairedPool.slice(0, 3), pairedLookup)).toBe(2);
    });
  });

  it('shuffles choices per student but never a true/false pair', () => {
    const question = makeQuestion();
    const names = ['Ana', 'Ben', 'Chen', 'Dara', 'Eli', 'Fay'];
    const orders = names.map((n) =>
      studentChoices(assignment, 'q/one', question, n)
        .map((c) => c.id)
        .join(),
    );
    expect(new Set(orders).size).toBeGreaterThan(1);
    const pair = makePairQuestion('true-false');
    for (const n of names) expect(studentChoices(assignment, 'q/one', pair, n)).toBe(pair.choices);
  });
});

describe('an accommodated link, with fewer choices', () => {
  const accommodated = { ...assignment, fewerChoices: true as const };

  it('survives the link, and a link without it reads as before', () => {
    expect(decodeAssignment(encodeAssignment(accommodated))).toEqual({ ok: true, value: accommodated });
    expect(decodeAssignment(encodeAssignment(assignment))).toEqual({ ok: true, value: assignment });
  });

  it('gives each student the question less one wrong choice, the same one every time, shuffled as before', () => {
    const base = makeQuestion();
    const question = { ...base, choices: [...base.choices, { id: 'secret', text: 'Kept it secret' }] };
    expect(studentChoices(accommodated, 'q/one', base, 'Ana')).toHaveLength(3);
    for (const name of ['Ana', 'Ben', 'Chen']) {
      const offered = studentChoices(accommodated, 'q/one', question, name);
      expect(offered).toHaveLength(question.choices.length - 1);
      for (const key of question.answer) expect(offered.map((c) => c.id)).toContain(key);
      expect(studentChoices(accommodated, 'q/one', question, name)).toEqual(offered);
    }
    const pair = makePairQuestion('true-false');
    expect(studentChoices(accommodated, 'q/one', pair, 'Ana')).toEqual(pair.choices);
  });
});

describe('contentVersion', () => {
  const refs = ['china-and-iran/one', 'china-and-iran/two'];
  it('changes when an answer key changes, not when wording does', () => {
    const before = contentVersion(refs, lookup);
    const reworded = questionLookup([
      makeQuiz([makeQuestion({ id: 'one', prompt: 'Reworded?' }), makeQuestion({ id: 'two', prompt: 'Second?' })]),
    ]);
    expect(contentVersion(refs, reworded)).toBe(before);
    const rekeyed = questionLookup([
      makeQuiz([makeQuestion({ id: 'one', answer: ['never'] }), makeQuestion({ id: 'two' })]),
    ]);
    expect(contentVersion(refs, rekeyed)).not.toBe(before);
  });
});

describe('the questions results are checked against', () => {
  it('are the bank’s, with the teacher’s own that each assignment’s link carried, for that assignment alone', () => {
    const mine = makeQuestion({ id: 'mine-abcd1234', prompt: 'The teacher’s own?' });
    const lookups = resultLookups([quiz], new Map([['k3x9mp2a', { ownQuestions: [mine] }]]));
    expect(lookups('k3x9mp2a').get('my-questions/mine-abcd1234')?.prompt).toBe('The teacher’s own?');
    expect(lookups('k3x9mp2a').get('china-and-iran/one')).toBeDefined();
    expect(lookups('other123').get('my-questions/mine-abcd1234')).toBeUndefined();
    expect(lookups('other123').get('china-and-iran/two')?.prompt).toBe('Second?');
  });
});
