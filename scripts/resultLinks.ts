// The result links students would hand back for an assignment link, made as the assignment page makes them (the
// student's own questions in their own order, the receipt the page builds): for the browser tests that need results
// in a gradebook but not the students' journeys, which other tests take on phones.
// Run: npx tsx scripts/resultLinks.ts ASSIGNMENT_LINK FINISHED_AT "NAME:WRONG,WRONG" ...
// FINISHED_AT is an ISO time; WRONG are the assignment's questions answered wrong, by their place in it (0 first, in
// the order the teacher chose them, whatever order each student gets them in).
import { assignmentPool, contentVersion, studentQuestions } from '../lib/assignment';
import { decodeAssignment } from '../lib/assignmentLink';
import { loadQuizzes } from '../lib/content/load';
import { questionLookup } from '../lib/content/refs';
import { receiptLink } from '../lib/links';
import { encodeReceipt, makeReceipt } from '../lib/receipt';

export function resultLinks(link: string, finishedAt: number, students: { name: string; wrong: number[] }[]) {
  const url = new URL(link);
  const decoded = decodeAssignment(url.hash.slice(1));
  if (!decoded.ok) throw new Error(decoded.reason);
  const assignment = decoded.value;
  const quizzes = loadQuizzes();
  const lookup = questionLookup(quizzes);
  const pool = assignmentPool(assignment, quizzes);
  if (!pool.ok) throw new Error(pool.reason);
  return students.map(({ name, wrong }) => {
    const questions = studentQuestions(assignment, pool.value, name, lookup);
    const missed = new Set(wrong.map((i) => pool.value[i]));
    const answers = questions.map((ref) => {
      const question = lookup.get(ref)!;
      const miss = question.choices.find((c) => !question.answer.includes(c.id))!;
      return missed.has(ref) ? [miss.id] : question.answer;
    });
    const receipt = makeReceipt({
      assignment: assignment.id,
      title: assignment.title,
      className: assignment.className,
      name,
      questions,
      answers,
      correct: questions.filter((ref) => !missed.has(ref)).length,
      startedAt: finishedAt - 6 * 60_000,
      finishedAt,
      contentVersion: contentVersion(questions, lookup),
      due: assignment.due,
      fewerChoices: assignment.fewerChoices,
    });
    return receiptLink(url.origin, encodeReceipt(receipt));
  });
}

if (process.argv[1]?.endsWith('resultLinks.ts')) {
  const [link = '', finished = '', ...students] = process.argv.slice(2);
  const lines = resultLinks(
    link,
    Date.parse(finished),
    students.map((arg) => {
      const [name = '', wrong = ''] = arg.split(':');
      return { name, wrong: wrong ? wrong.split(',').map(Number) : [] };
    }),
  );
  process.stdout.write(`${lines.join('\n')}\n`);
}
