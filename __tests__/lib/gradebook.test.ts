import { questionLookup } from '@/lib/content/refs';
import { groupByAssignment, itemAnalysis } from '@/lib/gradebook';
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

  it('exports a CSV with one line per student', () => {
    const csv = gradebookCsv(groupByAssignment(receipts)[1]!);
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFName,Right,Questions,Percent,Minutes taken,Submitted',
      'Ana,2,2,100,4,1970-01-01T00:04:00.000Z',
      'Ben,1,2,50,4,1970-01-01T00:04:00.000Z',
      'Cy,0,2,0,4,1970-01-01T00:04:00.000Z',
      '',
    ]);
  });
});
