// npm run check-quiz -- FILE.json: checks a quiz file (a teacher's "Download as a quiz file", say) by every rule a
// file in quizzes/ keeps, so a good one can be added to the bank by a pull request. Prints each problem; exit 1 if any.
import path from 'node:path';
import { parseQuizFile } from '../lib/content/load';

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run check-quiz -- FILE.json');
  process.exit(2);
}
try {
  const quiz = parseQuizFile(path.basename(file), file);
  console.log(`${file}: ${quiz.questions.length} questions, every rule of a quiz file kept`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
