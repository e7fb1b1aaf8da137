import fc from 'fast-check';
import { withFewerChoices } from '@/lib/fewerChoices';

const question = (id: string, choices: string[], answer: string[]) => ({
  id,
  choices: choices.map((c) => ({ id: c, text: c.toUpperCase() })),
  answer,
});

describe('withFewerChoices', () => {
  it('removes exactly one wrong choice from a question of four, keeping the rest in order', () => {
    const q = question('q1', ['a', 'b', 'c', 'd'], ['b']);
    const fewer = withFewerChoices(q, 'Ana R.');
    expect(fewer.choices).toHaveLength(3);
    const removed = q.choices.filter((c) => !fewer.choices.includes(c)).map((c) => c.id);
    expect(removed).toHaveLength(1);
    expect(removed).not.toContain('b');
    expect(fewer.choices.map((c) => c.id)).toEqual(q.choices.map((c) => c.id).filter((id) => id !== removed[0]));
  });

  it('leaves questions of two or three choices as they are', () => {
    const tf = question('tf', ['t', 'f'], ['f']);
    const three = question('q3', ['a', 'b', 'c'], ['a']);
    expect(withFewerChoices(tf, 'Ana R.')).toBe(tf);
    expect(withFewerChoices(three, 'Ana R.')).toBe(three);
  });

  it('leaves a question whose every choice is keyed as it is', () => {
    const all = question('all', ['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'd']);
    expect(withFewerChoices(all, 'Ana R.')).toBe(all);
  });

  it('differs between students, so a class does not all lose the same choice', () => {
    const q = question('q1', ['a', 'b', 'c', 'd', 'e'], ['a']);
    const removedFor = (student: string) =>
      q.choices.find((c) => !withFewerChoices(q, student).choices.includes(c))?.id;
    const removed = new Set(['Ana', 'Ben', 'Cai', 'Dee', 'Eli', 'Fay', 'Gus', 'Hal'].map(removedFor));
    expect(removed.size).toBeGreaterThan(1);
  });

  it('is the same for the same student and question every time, and never removes a key', () => {
    const arbitraryQuestion = fc
      .uniqueArray(fc.stringMatching(/^[a-z]{1,3}$/), { minLength: 2, maxLength: 8 })
      .chain((ids) =>
        fc.subarray(ids, { minLength: 1 }).map((answer) => ({ id: 'q', choices: ids.map((id) => ({ id })), answer })),
      );
    fc.assert(
      fc.property(arbitraryQuestion, fc.string(), (q, student) => {
        const once = withFewerChoices(q, student);
        expect(withFewerChoices(q, student)).toEqual(once);
        for (const key of q.answer) expect(once.choices.map((c) => c.id)).toContain(key);
        const wrong = q.choices.length - q.answer.length;
        expect(once.choices.length).toBe(q.choices.length >= 4 && wrong > 0 ? q.choices.length - 1 : q.choices.length);
      }),
    );
  });
});
