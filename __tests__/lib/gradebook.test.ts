import { endOfDue } from '@/lib/days';
import { questionLookup } from '@/lib/content/refs';
import { classStats, groupByAssignment, isLate, sortResults } from '@/lib/gradebook';
import { answersIn, itemAnalysis } from '@/lib/itemAnalysis';
import { speakerMixUps } from '@/lib/speakerMixUps';
import { gradebookCsv } from '@/lib/gradebookCsv';
import { makeReceipt, type ReceiptInput } from '@/lib/receipt';
import { makeQuestion, makeQuiz } from '../fixtures';

const quiz = makeQuiz([makeQuestion({ id: 'one' }), makeQuestion({ id: 'two', prompt: 'Second?' })]);
const lookup = questionLookup([quiz]);
const base: ReceiptInput = {
  assignment: 'k3x9mp2a',
  title: 'Warm-up',
  name: 'Ana',
  questions: ['china-and-iran/one', 'china-and-iran/two'],
  answers: [['considered'], ['considered']],
  correct: 2,
  startedAt: 0,
  finishedAt: 240_000,
  contentVersion: 'deadbeef',
};
const receipts = [
  makeReceipt(base),
  makeReceipt({ ...base, name: 'Ben', answers: [['never'], ['considered']], correct: 1 }),
  makeReceipt({ ...base, name: 'Cy', answers: [['never'], ['deployed']], correct: 0 }),
  makeReceipt({ ...base, assignment: 'other123', title: 'Other', name: 'Dee', finishedAt: 999_999_999 }),
];

describe('the gradebook', () => {
  it('groups receipts by assignment, newest first, students by name', () => {
    const groups = groupByAssignment(receipts);
    expect(groups.map((g) => g.title)).toEqual(['Other', 'Warm-up']);
    expect(groups[1]!.receipts.map((r) => r.name)).toEqual(['Ana', 'Ben', 'Cy']);
  });

  it('finds, per question, the share right and the most common wrong answer', () => {
    const [first, second] = itemAnalysis(receipts.slice(0, 3), lookup);
    expect(first).toMatchObject({ asked: 3, correct: 1, commonWrong: { text: 'Never considered them', count: 2 } });
    expect(second).toMatchObject({ asked: 3, correct: 2, commonWrong: { text: 'Deployed them widely', count: 1 } });
  });

  it('names one wrong answer however its choices were ordered, and the one chosen first of two as common', () => {
    const choices = ['a', 'b', 'c', 'd'].map((id) => ({ id, text: `Choice ${id}` }));
    const many = makeQuestion({ id: 'many', type: 'multi', choices, answer: ['a', 'b'] });
    const answered = (name: string, answer: string[]) =>
      makeReceipt({ ...base, name, questions: ['china-and-iran/many'], answers: [answer], correct: 0 });
    const manyLookup = questionLookup([makeQuiz([many])]);
    const results = [
      answered('Ana', ['c']),
      answered('Ben', ['d', 'a']),
      answered('Cy', ['a', 'd']),
      answered('Dee', ['c']),
      answered('Eve', ['b', 'a']),
    ];
    expect(itemAnalysis(results, manyLookup)).toMatchObject([
      { asked: 5, correct: 1, commonWrong: { text: 'Choice c', count: 2 } },
    ]);
    expect(itemAnalysis(results.slice(1), manyLookup)[0]?.commonWrong).toEqual({
      text: 'Choice a; Choice d',
      count: 2,
    });
  });

  it('counts whose words students took for whose, most often first, on “Who says this?” questions only', () => {
    const speakers = ['report', 'npr', 'us-officials', 'election-officials', 'trump'].map((id) => ({ id, text: id }));
    const npr = makeQuestion({ id: 'npr-words', type: 'speaker', choices: speakers, answer: ['npr'] });
    const trump = makeQuestion({ id: 'trump-claim', type: 'speaker', choices: speakers, answer: ['trump'] });
    const refs = ['china-and-iran/npr-words', 'china-and-iran/trump-claim', 'china-and-iran/one'];
    const mixed = questionLookup([makeQuiz([npr, trump, makeQuestion({ id: 'one' })])]);
    const answered = (name: string, answers: string[][]) =>
      makeReceipt({ ...base, name, questions: refs, answers, correct: 0 });
    const results = [
      answered('Ana', [['report'], ['report'], ['never']]),
      answered('Ben', [['report'], ['trump'], ['never']]),
      answered('Cy', [['npr'], ['npr'], ['never']]),
    ];
    expect(speakerMixUps(answersIn(results, mixed)).map(({ said, taken, count }) => [said, taken, count])).toEqual([
      ['npr', 'report', 2],
      ['trump', 'report', 1],
      ['trump', 'npr', 1],
    ]);
    expect(speakerMixUps(answersIn(results, mixed))[0]?.refs).toEqual(['china-and-iran/npr-words']);
    // A right answer and a question of another kind count for nothing.
    expect(speakerMixUps(answersIn([answered('Dee', [['npr'], ['trump'], ['never']])], mixed))).toEqual([]);
    expect(speakerMixUps(answersIn(receipts, lookup))).toEqual([]);
  });

  it('exports a CSV with one line per student and the choice made and right or wrong per question', () => {
    const group = { ...groupByAssignment(receipts)[1]!, className: 'Civics 3', due: '1970-01-01' };
    const csv = gradebookCsv(group, lookup);
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFName,Class,Assignment,Due,Right,Questions,Percent,Minutes taken,Handed in,Late,' +
        'Q1 china-and-iran/one choice,Q1 right or wrong,Q2 china-and-iran/two choice,Q2 right or wrong',
      'Ana,Civics 3,Warm-up,1970-01-01,2,2,100,4,1970-01-01T00:04:00.000Z,,Considered them but did not deploy them,right,Considered them but did not deploy them,right',
      'Ben,Civics 3,Warm-up,1970-01-01,1,2,50,4,1970-01-01T00:04:00.000Z,,Never considered them,wrong,Considered them but did not deploy them,right',
      'Cy,Civics 3,Warm-up,1970-01-01,0,2,0,4,1970-01-01T00:04:00.000Z,,Never considered them,wrong,Deployed them widely,wrong',
      '',
    ]);
  });

  it('leaves the columns of a question a student was not asked empty, and marks a late result', () => {
    const drawn = makeReceipt({ ...base, name: 'Eve', questions: ['china-and-iran/two'], answers: [[]], correct: 0 });
    const late = makeReceipt({
      ...base,
      name: 'Fay',
      finishedAt: Date.UTC(2021, 3, 3),
      startedAt: Date.UTC(2021, 3, 2),
    });
    const rows = gradebookCsv({ ...groupByAssignment([late, drawn])[0]!, due: '2021-03-31' }, lookup).split('\r\n');
    expect(rows[1]).toBe('Eve,,Warm-up,2021-03-31,0,1,0,4,1970-01-01T00:04:00.000Z,,,,No answer,wrong');
    expect(rows[2]).toMatch(
      /^Fay,.*,late,Considered them but did not deploy them,right,Considered them but did not deploy them,right$/,
    );
  });

  it('calls a result late only when handed in after the end of the due date on the teacher’s clock', () => {
    const endOfMarch = new Date(2021, 2, 31, 23, 59, 59, 999).getTime();
    expect(endOfDue('2021-03-31')).toBe(new Date(2021, 3, 1).getTime());
    expect(isLate({ finishedAt: endOfMarch }, '2021-03-31')).toBe(false);
    expect(isLate({ finishedAt: endOfMarch + 1 }, '2021-03-31')).toBe(true);
    expect(isLate({ finishedAt: endOfMarch + 1 }, undefined)).toBe(false);
    // A month's last day and the year's roll over.
    expect(endOfDue('2021-12-31')).toBe(new Date(2022, 0, 1).getTime());
  });

  it('takes an assignment’s due date from its results, when they carry one', () => {
    expect(groupByAssignment([receipts[0]!])[0]!.due).toBeUndefined();
    expect(groupByAssignment([{ ...receipts[0]!, due: '2021-04-01' }])[0]!.due).toBe('2021-04-01');
  });

  it('gives the class’s mean, median and range', () => {
    expect(classStats(receipts.slice(0, 3))).toEqual({ mean: 50, median: 50, lowest: 0, highest: 100 });
    expect(classStats(receipts.slice(0, 2))).toEqual({ mean: 75, median: 75, lowest: 50, highest: 100 });
    const thirds = [1, 2, 2].map((correct) => ({ correct, questions: ['a', 'b', 'c'] }));
    expect(classStats(thirds)).toEqual({ mean: 56, median: 67, lowest: 33, highest: 67 });
    expect(classStats([])).toBeNull();
  });

  it('sorts results by name, score, time taken and hand-in, ties by name', () => {
    const [ana, ben, cy] = receipts;
    const slow = makeReceipt({ ...base, name: 'Bo', startedAt: 0, finishedAt: 900_000, correct: 1 });
    const names = (order: Parameters<typeof sortResults>[1]) =>
      sortResults([cy!, slow, ben!, ana!], order).map((r) => r.name);
    expect(names('name')).toEqual(['Ana', 'Ben', 'Bo', 'Cy']);
    expect(names('score')).toEqual(['Ana', 'Ben', 'Bo', 'Cy']);
    expect(names('time')).toEqual(['Bo', 'Ana', 'Ben', 'Cy']);
    expect(names('handed-in')).toEqual(['Bo', 'Ana', 'Ben', 'Cy']);
    expect(sortResults([cy!, slow, ben!, ana!], 'score', true).map((r) => r.name)).toEqual(['Cy', 'Bo', 'Ben', 'Ana']);
  });
});
