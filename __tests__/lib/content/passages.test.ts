import fs from 'node:fs';
import path from 'node:path';
import { loadPassages, loadSourceTexts } from '@/lib/content/load';
import { describeIssues, passagesFileSchema, type Passage } from '@/lib/content/schema';
import { SOURCE_ID } from '../../fixtures';

const sources = loadSourceTexts();
const kept = loadPassages(SOURCE_ID);

function problems(passages: Passage[]): string {
  const file = { [SOURCE_ID]: passages };
  const parsed = passagesFileSchema(sources).safeParse(file);
  return parsed.success ? '' : describeIssues('quizzes/passages.json', file, parsed.error.issues);
}

const officials: Passage = {
  paragraph: 17,
  speaker: 'us-officials',
  text: 'U.S. officials say the Russians did not operate on the same scale, and were not able to hack sensitive campaign emails or wage a widespread social media campaign.',
};

describe('who speaks in each passage of the source', () => {
  it('keeps the project’s own file to every rule', () => {
    const raw: unknown = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'quizzes', 'passages.json'), 'utf8'));
    expect(problems((raw as Record<string, Passage[]>)[SOURCE_ID] ?? [])).toBe('');
    expect(kept.filter((p) => p.speaker === 'report')).toHaveLength(7);
  });

  it('refuses words that are not the paragraph’s, character for character', () => {
    expect(problems([...kept, { ...officials, text: officials.text.replace('Russians', 'Russian') }])).toMatch(
      /does not stand exactly once, character for character, in paragraph 17/,
    );
  });

  it('refuses the report outside quotation marks, and a claim inside them', () => {
    expect(
      problems([...kept, { paragraph: 14, speaker: 'report', text: 'China chose not to get directly involved' }]),
    ).toMatch(/the report speaks only inside quotation marks/);
    const withoutP15 = kept.filter((p) => p.paragraph !== 15);
    expect(
      problems([
        ...withoutP15,
        { paragraph: 15, speaker: 'claim', text: 'China sought stability in its relationship with the United States' },
      ]),
    ).toMatch(/a claim NPR reports is NPR's narration, outside quotation marks/);
  });

  it('refuses officials and claims where the sentence does not name them', () => {
    expect(
      problems([...kept, { paragraph: 18, speaker: 'us-officials', text: 'the Russians attempted to influence' }]),
    ).toMatch(/does not attribute them to U.S. officials/);
    expect(problems([...kept, { paragraph: 21, speaker: 'claim', text: 'placed sanctions on Derkach' }])).toMatch(
      /does not call it one/,
    );
  });

  it('refuses quoted words left to NPR’s narration, and passages that overlap', () => {
    expect(problems(kept.filter((p) => p.paragraph !== 24))).toMatch(
      /paragraph 24 quotes "We assess that Iran primarily relied.*" and no passage says whose words they are/,
    );
    expect(problems([...kept, { paragraph: 13, speaker: 'claim', text: 'a major push to support Biden.' }])).toBe(
      'quizzes/passages.json: npr-2021-03-16-russia-2020-election: two passages of paragraph 13 overlap',
    );
  });
});
