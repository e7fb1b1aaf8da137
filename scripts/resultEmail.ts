// An email body of `count` result links from as many students, all valid against the bank as it is: for the
// gradebook's benchmark, and for the browser test that pastes tens of thousands of them.
// Run: npx tsx scripts/resultEmail.ts COUNT [ASSIGNMENT] > email.txt
import { contentVersion } from '../lib/assignment';
import { loadQuizzes } from '../lib/content/load';
import { questionLookup, questionRef } from '../lib/content/refs';
import { encodeReceipt, makeReceipt } from '../lib/receipt';
import { isCorrect } from '../lib/scoring';
import { seededRandom } from '../lib/shuffle';

export function resultEmail(count: number, assignment = 'bench001'): string {
  const quizzes = loadQuizzes();
  const lookup = questionLookup(quizzes);
  const quiz = quizzes[0]!;
  const refs = quiz.questions.map((q) => questionRef(quiz.id, q.id));
  const version = contentVersion(refs, lookup);
  const random = seededRandom(count);
  const lines = Array.from({ length: count }, (_, i) => {
    const answers = quiz.questions.map((q) => [q.choices[Math.floor(random() * q.choices.length)]!.id]);
    const receipt = makeReceipt({
      assignment,
      title: 'Benchmark',
      name: `Student ${i + 1}`,
      questions: refs,
      answers,
      correct: quiz.questions.filter((q, j) => isCorrect(q, answers[j]!)).length,
      startedAt: 1_700_000_000_000,
      finishedAt: 1_700_000_000_000 + 60_000 * (5 + (i % 10)),
      contentVersion: version,
    });
    return `Result from Student ${i + 1}: https://sourcecheck.example/teach/results#${encodeReceipt(receipt)}`;
  });
  return lines.join('\n');
}

if (process.argv[1]?.endsWith('resultEmail.ts')) {
  process.stdout.write(resultEmail(Number(process.argv[2] ?? 1), process.argv[3]));
}
