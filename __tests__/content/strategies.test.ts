/**
 * @jest-environment node
 */
import { parseQuizFile, quizFileNames } from '@/lib/content/load';
import type { Question, Quiz } from '@/lib/content/schema';
import { isCorrect } from '@/lib/scoring';

/**
 * Naive strategies a student could play without reading: none may beat guessing, or fall short of it, by more than
 * ten points, in any quiz or in the whole bank. A strategy plays the questions it has a rule for; on the rest the
 * student guesses (worth chance), so a quiz's score says what the strategy gains over guessing in that quiz.
 */
const TOLERANCE = 10;
/** A strategy's record on just the questions it has a rule for is judged once it has this many in a quiz. */
const MIN_PLAYED = 4;

const quizzes: Quiz[] = quizFileNames().map((name) => parseQuizFile(name));
const bank = quizzes.flatMap((quiz) => quiz.questions);

/** How often a speaker is the right answer across the bank, most often first. */
const speakersByFrequency = (() => {
  const counts = new Map<string, number>();
  bank
    .filter((q) => q.type === 'speaker')
    .forEach((q) => counts.set(q.answer[0]!, (counts.get(q.answer[0]!) ?? 0) + 1));
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
})();

type Strategy = (question: Question) => string[] | null;

const only =
  (type: Question['type'], id: string): Strategy =>
  (q) =>
    q.type === type ? [id] : null;

const STRATEGIES: Record<string, Strategy> = {
  'always the first choice (file order)': (q) => [q.choices[0]!.id],
  'always the longest choice': (q) => [q.choices.reduce((a, b) => (b.text.length > a.text.length ? b : a)).id],
  'always "False"': only('true-false', 'false'),
  'always "True"': only('true-false', 'true'),
  'always the most common speaker': (q) =>
    q.type === 'speaker' ? [speakersByFrequency.find((id) => q.choices.some((c) => c.id === id))!] : null,
  'always "finding"': only('evidence', 'finding'),
};

/** A guess's chance of being right: one of n, or one of the 2^n − 2 sets a select-all question can be keyed with. */
function chance(question: Question): number {
  const n = question.choices.length;
  return question.type === 'multi' ? 1 / (2 ** n - 2) : 1 / n;
}

interface Result {
  /** Points out of 100 over the whole set, guessing where the strategy has no rule. */
  score: number;
  chance: number;
  played: number;
  /** Points out of 100 over the questions the strategy played, and chance on those. */
  playedScore: number;
  playedChance: number;
}

function play(strategy: Strategy, questions: readonly Question[]): Result {
  let score = 0;
  let odds = 0;
  let played = 0;
  let hits = 0;
  let playedOdds = 0;
  for (const question of questions) {
    const picked = strategy(question);
    odds += chance(question);
    if (picked === null) {
      score += chance(question);
      continue;
    }
    const hit = isCorrect(question, picked) ? 1 : 0;
    played += 1;
    hits += hit;
    playedOdds += chance(question);
    score += hit;
  }
  const pct = (x: number, n: number) => (n === 0 ? 0 : (100 * x) / n);
  return {
    score: pct(score, questions.length),
    chance: pct(odds, questions.length),
    played,
    playedScore: pct(hits, played),
    playedChance: pct(playedOdds, played),
  };
}

const sets: [string, readonly Question[]][] = [
  ...quizzes.map((quiz) => [`quiz ${quiz.id}`, quiz.questions] as [string, Question[]]),
  ['the whole bank', bank],
];

if (process.env.STRATEGY_REPORT === '1') {
  const rows = Object.entries(STRATEGIES).flatMap(([name, strategy]) =>
    sets.map(([set, questions]) => {
      const r = play(strategy, questions);
      return `${name} | ${set} | ${r.score.toFixed(1)} vs ${r.chance.toFixed(1)} | played ${r.played}: ${r.playedScore.toFixed(1)} vs ${r.playedChance.toFixed(1)}`;
    }),
  );
  console.log(rows.join('\n'));
}

const within = (score: number, odds: number) => Math.abs(score - odds) <= TOLERANCE;

describe.each(Object.entries(STRATEGIES))('a student who plays %s', (_name, strategy) => {
  it.each(sets)('scores within ten points of chance on %s', (set, questions) => {
    const r = play(strategy, questions);
    const seen = { set, score: Math.round(r.score), chance: Math.round(r.chance) };
    expect({ ...seen, within: within(r.score, r.chance) }).toEqual({ ...seen, within: true });
    if (r.played >= MIN_PLAYED || (set === 'the whole bank' && r.played > 0)) {
      const onPlayed = { set, played: r.played, score: Math.round(r.playedScore), chance: Math.round(r.playedChance) };
      expect({ ...onPlayed, within: within(r.playedScore, r.playedChance) }).toEqual({ ...onPlayed, within: true });
    }
  });
});

describe.each(quizzes.map((quiz) => [quiz.id, quiz] as const))('quiz %s', (_id, quiz) => {
  it('keys "True" on 40 to 60 percent of its true-false questions', () => {
    const tf = quiz.questions.filter((q) => q.type === 'true-false');
    const share = tf.length === 0 ? 50 : (100 * tf.filter((q) => q.answer[0] === 'true').length) / tf.length;
    expect({ trueFalse: tf.length, share, balanced: share >= 40 && share <= 60 }).toEqual({
      trueFalse: tf.length,
      share,
      balanced: true,
    });
  });
});

describe('the select-all questions of the bank', () => {
  it('are keyed with anything from one choice to all but one', () => {
    const multi = bank.filter((q) => q.type === 'multi');
    expect(multi.some((q) => q.answer.length === 1)).toBe(true);
    expect(multi.some((q) => q.answer.length === q.choices.length - 1)).toBe(true);
  });
});
