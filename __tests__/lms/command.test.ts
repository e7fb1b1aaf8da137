/** @jest-environment node */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadQuizzes } from '@/lib/content/load';
import { lmsFile, quizSet } from '@/lib/lms';

const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sourcecheck-lms-command-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run lms', () => {
  it('writes one file per quiz of the bank, the same file the builder downloads', () => {
    const out = execFileSync(tsx, ['scripts/lms.ts', '--format', 'moodle', '--out', dir], { encoding: 'utf8' });
    const quizzes = loadQuizzes();
    expect(readdirSync(dir).sort()).toEqual(quizzes.map((q) => `${q.id}.moodle.xml`).sort());
    for (const quiz of quizzes) {
      expect(readFileSync(join(dir, `${quiz.id}.moodle.xml`))).toEqual(
        Buffer.from(lmsFile('moodle', quizSet(quiz)).bytes),
      );
      expect(out).toContain(`${quiz.id}.moodle.xml: ${quiz.questions.length} of ${quiz.questions.length} questions`);
    }
  });

  it('names the questions Aiken leaves out, and refuses a format it does not know', () => {
    const out = execFileSync(tsx, ['scripts/lms.ts', '--format', 'aiken', '--out', dir, '--quiz', 'the-vote-itself'], {
      encoding: 'utf8',
    });
    expect(out).toMatch(/left out sc\.the-vote-itself\.[a-z0-9-]+: Aiken has no select-all questions/);
    const refused = spawnSync(tsx, ['scripts/lms.ts', '--format', 'scorm', '--out', dir], { encoding: 'utf8' });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('Name a format with --format (got scorm).');
  });
});
