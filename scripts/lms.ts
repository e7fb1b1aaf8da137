// Writes the question bank in a format a learning management system imports, one file per quiz:
//   npm run lms -- --format qti12|cc|qti3|moodle|gift|aiken|html --out DIR [--quiz ID]
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadQuizzes } from '../lib/content/load';
import { LMS_FORMATS, isLmsFormat, lmsFile, quizSet } from '../lib/lms';

function fail(message: string): never {
  console.error(
    `${message}\nUsage: npm run lms -- --format ${Object.keys(LMS_FORMATS).join('|')} --out DIR [--quiz ID]`,
  );
  process.exit(2);
}

const { values } = parseArgs({
  options: { format: { type: 'string' }, out: { type: 'string' }, quiz: { type: 'string' } },
  strict: true,
});
const { format, out, quiz: quizId } = values;
if (!format || !isLmsFormat(format)) fail(`Name a format with --format (got ${format ?? 'none'}).`);
if (!out) fail('Name the folder to write to with --out.');

const quizzes = loadQuizzes().filter((quiz) => !quizId || quiz.id === quizId);
if (quizzes.length === 0) fail(`There is no quiz "${quizId}".`);

fs.mkdirSync(out, { recursive: true });
for (const quiz of quizzes) {
  const file = lmsFile(format, quizSet(quiz));
  const target = path.join(out, file.name);
  fs.writeFileSync(target, file.bytes);
  const written = quiz.questions.length - file.left.length;
  console.log(`${target}: ${written} of ${quiz.questions.length} questions`);
  for (const { ident, reason } of file.left) console.log(`  left out ${ident}: ${reason}`);
}
