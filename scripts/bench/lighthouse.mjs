// Lighthouse 12 with its defaults: a mobile phone, simulated throttling (slow 4G, 4x CPU), every category; or,
// for the paint, the performance category alone with the same throttling applied while the page loads (devtools).
// Either way a figure means something only beside the bare Next.js page's taken just before and just after it, at
// the machine's speed of that moment: the runs interleave, floor, home, floor, quiz, floor, …, floor, and each
// page's run is compared with the two floor runs around it.
import lighthouse from 'lighthouse';
import { launchChromiumForLighthouse } from './servers.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

function summarise(lhr) {
  const audit = (id) => lhr.audits[id]?.numericValue ?? null;
  return {
    ...Object.fromEntries(
      CATEGORIES.filter((id) => lhr.categories[id]).map((id) => [id, Math.round(lhr.categories[id].score * 100)]),
    ),
    lcpMs: audit('largest-contentful-paint'),
    tbtMs: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    totalBytes: audit('total-byte-weight'),
    // Lighthouse's own reading of how fast this machine was during the run (higher is faster).
    benchmarkIndex: lhr.environment.benchmarkIndex,
    failedAudits: Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id),
  };
}

/**
 * Runs Lighthouse `runs` rounds over the pages, the floor before each page and once more at the end of a round, one
 * fresh tab and cleared storage each time. Each round starts one page further on, so that no page always comes
 * first. Returns every run in order, and for each page its runs with the floor runs on either side.
 * @param {Record<string, string>} pages name to URL
 * @param {string} floorUrl
 * @param {{ runs?: number, throttling?: 'simulate' | 'devtools', log?: (message: string) => void }} [options]
 */
export async function runLighthouseInterleaved(
  pages,
  floorUrl,
  { runs = 5, throttling = 'simulate', log = () => {} } = {},
) {
  const names = Object.keys(pages);
  const chromium = await launchChromiumForLighthouse();
  /** @type {{ page: string, round: number, summary: ReturnType<typeof summarise> }[]} */
  const order = [];
  /** @type {Record<string, string[]>} */
  const failedAudits = {};
  const measure = async (name, url, round) => {
    log(`lighthouse (${throttling} throttling) round ${round + 1}/${runs}: ${name}`);
    let result;
    // A loaded machine sometimes loses the trace of a load (NO_NAVSTART, NO_FCP): run that page again, twice at most.
    for (let attempt = 1; ; attempt += 1) {
      result = await lighthouse(url, {
        port: chromium.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: throttling === 'devtools' ? ['performance'] : CATEGORIES,
        throttlingMethod: throttling,
      });
      if (!result) throw new Error(`${url}: Lighthouse returned no result`);
      if (!result.lhr.runtimeError) break;
      if (attempt === 3) throw new Error(`${url}: ${result.lhr.runtimeError.message}`);
      log(`lighthouse ${name}: ${result.lhr.runtimeError.code}, running it again`);
    }
    const summary = summarise(result.lhr);
    failedAudits[name] = [...new Set([...(failedAudits[name] ?? []), ...summary.failedAudits])];
    order.push({ page: name, round, summary });
    return summary;
  };
  /** @type {{ floor: { url: string, runs: any[] }, pages: Record<string, { url: string, runs: any[] }>, failedAudits?: Record<string, string[]>, order?: object[] }} */
  const results = { floor: { url: floorUrl, runs: [] }, pages: {} };
  for (const name of names) results.pages[name] = { url: pages[name], runs: [] };
  try {
    for (let round = 0; round < runs; round += 1) {
      const rotated = names.map((_, i) => names[(i + round) % names.length]);
      let before = await measure('floor', floorUrl, round);
      results.floor.runs.push(before);
      for (const name of rotated) {
        const run = await measure(name, pages[name], round);
        const after = await measure('floor', floorUrl, round);
        results.floor.runs.push(after);
        results.pages[name].runs.push({ ...run, floorBefore: before, floorAfter: after });
        before = after;
      }
    }
  } finally {
    await chromium.stop();
  }
  for (const entry of [results.floor, ...Object.values(results.pages)]) {
    for (const run of entry.runs) delete run.failedAudits;
  }
  results.failedAudits = failedAudits;
  results.order = order.map(({ page, round, summary }) => ({ page, round, benchmarkIndex: summary.benchmarkIndex }));
  return results;
}
