// Issue 19's targets, and how the bench judges a figure against one: PASS, FAIL, or NOISY when the run's spread
// leaves it undecided. Every comparison is with the bare Next.js page measured in the same run.
import { median, spread } from './stats.mjs';

export const TARGETS = {
  /** Largest Contentful Paint and Total Blocking Time, as multiples of the floor's. */
  lcpToFloor: 1.3,
  tbtToFloor: 1.3,
  /** Lighthouse performance points below the floor's. */
  scoreBelowFloor: 3,
  /** Gzip JS as a multiple of the floor's; the quiz page's own, tighter. */
  jsToFloor: 1.15,
  quizJsToFloor: 1.08,
  /** HTML with its RSC payload, as a multiple of the catalogue's, for pages that do not list the bank. */
  bytesToHome: 1.5,
  /** Check's p95 to a choice click's, and a visit's first Check to the median Check. */
  checkToChoiceP95: 1.5,
  firstCheckToMedian: 2,
  /** The gradebook importing 10,000 result links: the longest main-thread task, and the slowest click's answer. */
  longTaskMs: 100,
  clickMs: 200,
};

/**
 * When a run is too noisy to judge: fewer runs than this, or the floor's own LCP, TBT or performance score, or
 * Lighthouse's reading of the machine's speed (benchmarkIndex), spreading wider than these interquartile ranges
 * as a share of their medians. The floor is the same page every time: its spread is the machine's, not ours.
 */
export const NOISE = {
  minRuns: 5,
  minPairs: 3,
  floorRelativeIqr: 0.15,
  benchmarkIndexRelativeIqr: 0.1,
  pairSpeedDrift: 0.2,
};

/**
 * Whether a page's run was taken at the speed of the floor runs around it: its benchmarkIndex within
 * NOISE.pairSpeedDrift of theirs. A pair that is not says nothing of the page, only of the machine.
 */
const matched = (run) => {
  const floor = (run.floorBefore.benchmarkIndex + run.floorAfter.benchmarkIndex) / 2;
  return Math.abs(run.benchmarkIndex / floor - 1) <= NOISE.pairSpeedDrift;
};

/**
 * A figure's verdict from its samples (one per pair of runs): PASS when the spread lies at or under the target,
 * FAIL when it lies over it, NOISY when it straddles it. In a steady run the spread is the interquartile range;
 * in a noisy one, every sample, min to max, must agree.
 */
export function verdict(samples, target, steady) {
  const s = spread(samples);
  const [low, high] = steady ? [s.q1, s.q3] : [s.min, s.max];
  if (high <= target) return 'PASS';
  if (low > target) return 'FAIL';
  return 'NOISY';
}

/** A figure's verdict without a spread: measured once, or exactly, such as bytes. */
export const exactVerdict = (value, target) => (value <= target ? 'PASS' : 'FAIL');

const ratio = (value, floor) => (floor === 0 ? (value === 0 ? 1 : Infinity) : value / floor);

/** The figures a Lighthouse part can judge, each with the floor's figure whose spread says whether it was steady. */
const JUDGED = { lcp: 'lcpMs', tbt: 'tbtMs', score: 'performance', categories: null };

/**
 * Each page beside the floor runs on either side of it: per pair, LCP and TBT as multiples of the floor's mean
 * and performance points below it (from the pairs taken at one speed, or every pair if none was); the medians of
 * every figure; whether the run was steady; and a verdict for each target the part judges. A part is steady or
 * noisy by the floor's spread in the figures it judges alone: the paint part, which judges LCP, is not called
 * noisy for the floor's blocking time.
 * @param {{ floor: { url: string, runs: any[] }, pages: Record<string, { url: string, runs: any[] }> }} raw
 * @param {readonly (keyof typeof JUDGED)[]} [judges]
 */
export function compareLighthouse(
  { floor, pages },
  judges = /** @type {(keyof typeof JUDGED)[]} */ (Object.keys(JUDGED)),
) {
  const floorRuns = floor.runs;
  const allRuns = [...floorRuns, ...Object.values(pages).flatMap((p) => p.runs)];
  const noise = {
    benchmarkIndex: spread(allRuns.map((r) => r.benchmarkIndex)),
    floor: {
      lcpMs: spread(floorRuns.map((r) => r.lcpMs)),
      tbtMs: spread(floorRuns.map((r) => r.tbtMs)),
      performance: spread(floorRuns.map((r) => r.performance)),
    },
    reasons: /** @type {string[]} */ ([]),
    steady: true,
  };
  const rounds = Math.min(...Object.values(pages).map((p) => p.runs.length));
  if (rounds < NOISE.minRuns) noise.reasons.push(`${rounds} run(s) of each page, fewer than ${NOISE.minRuns}`);
  for (const [key, label] of [
    ['lcpMs', 'LCP'],
    ['tbtMs', 'TBT'],
    ['performance', 'performance score'],
  ].filter(([key]) => judges.some((figure) => JUDGED[figure] === key))) {
    const s = noise.floor[key];
    if (s.relativeIqr > NOISE.floorRelativeIqr)
      noise.reasons.push(
        `the floor's ${label} spread ${pct(s.relativeIqr)} of its median (IQR ${fmt(s.q1)}–${fmt(s.q3)}; limit ${pct(NOISE.floorRelativeIqr)})`,
      );
  }
  if (noise.benchmarkIndex.relativeIqr > NOISE.benchmarkIndexRelativeIqr)
    noise.reasons.push(
      `the machine's speed (benchmarkIndex) varied ${pct(noise.benchmarkIndex.relativeIqr)} of its median ` +
        `(IQR ${fmt(noise.benchmarkIndex.q1)}–${fmt(noise.benchmarkIndex.q3)}; limit ${pct(NOISE.benchmarkIndexRelativeIqr)})`,
    );
  noise.steady = noise.reasons.length === 0;

  const keys = [
    'performance',
    'accessibility',
    'best-practices',
    'seo',
    'lcpMs',
    'tbtMs',
    'cls',
    'totalBytes',
    'benchmarkIndex',
  ];
  // A run that left out a category (the paint part runs performance alone) has no figure for it.
  const medians = (runs) =>
    Object.fromEntries(keys.filter((key) => key in runs[0]).map((key) => [key, median(runs.map((r) => r[key]))]));
  const compared = {};
  for (const [name, { url, runs }] of Object.entries(pages)) {
    const mean = (run, key) => (run.floorBefore[key] + run.floorAfter[key]) / 2;
    const pairs = runs.filter(matched);
    // Fewer than NOISE.minPairs pairs taken at one speed are too few to judge by: the verdict is NOISY, and the
    // ratios printed are every pair's.
    const enough = pairs.length >= NOISE.minPairs;
    const judged = enough ? pairs : runs;
    const judge = (samples, target) => (enough ? verdict(samples, target, noise.steady) : 'NOISY');
    const lcpToFloor = judged.map((r) => ratio(r.lcpMs, mean(r, 'lcpMs')));
    const tbtToFloor = judged.map((r) => ratio(r.tbtMs, mean(r, 'tbtMs')));
    const scoreBelowFloor = judged.map((r) => mean(r, 'performance') - r.performance);
    compared[name] = {
      url,
      median: medians(runs),
      pairs: { matched: pairs.length, of: runs.length },
      lcpToFloor: spread(lcpToFloor),
      tbtToFloor: spread(tbtToFloor),
      scoreBelowFloor: spread(scoreBelowFloor),
      verdicts: Object.fromEntries(
        judges.map((figure) => [
          figure,
          {
            lcp: () => judge(lcpToFloor, TARGETS.lcpToFloor),
            tbt: () => judge(tbtToFloor, TARGETS.tbtToFloor),
            score: () => judge(scoreBelowFloor, TARGETS.scoreBelowFloor),
            // Not timings: the same audits pass or fail on a slow machine as on a fast one.
            categories: () =>
              ['accessibility', 'best-practices', 'seo'].every((key) => runs.every((r) => r[key] === 100))
                ? 'PASS'
                : 'FAIL',
          }[figure](),
        ]),
      ),
    };
  }
  return { noise, floor: { url: floor.url, median: medians(floorRuns), runs: floorRuns.length }, pages: compared };
}

export const pct = (share) => `${(share * 100).toFixed(0)}%`;
const fmt = (value) => (Math.abs(value) >= 10 ? value.toFixed(0) : value.toFixed(2));
