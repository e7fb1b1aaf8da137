/**
 * @jest-environment node
 */
import fs from 'node:fs';
import { quizFileNames } from '@/lib/content/load';
import { quizJsonSchema } from '@/lib/content/schema';

const FILE = 'quizzes/quiz.schema.json';
const generated = `${JSON.stringify(quizJsonSchema(), null, 2)}\n`;

// `npm run content:update` writes it afresh from the zod schema.
if (process.env.UPDATE_CONTENT === '1') fs.writeFileSync(FILE, generated);

describe(FILE, () => {
  it('is the zod quiz schema exported as JSON Schema, as it stands now', () => {
    expect(fs.readFileSync(FILE, 'utf8')).toBe(generated);
  });

  it.each(quizFileNames())('is what quizzes/%s names as its $schema', (name) => {
    const raw = JSON.parse(fs.readFileSync(`quizzes/${name}`, 'utf8')) as { $schema?: unknown };
    expect(raw.$schema).toBe('./quiz.schema.json');
  });
});
