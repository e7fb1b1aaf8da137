// Lighthouse 12 with its defaults: a mobile phone, simulated throttling (slow 4G, 4x CPU), every category.
import lighthouse from 'lighthouse';
import { launchChromiumForLighthouse } from './servers.mjs';
import { median } from './stats.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

function summarise(lhr) {
  const audit = (id) => lhr.audits[id]?.numericValue ?? null;
  return {
    ...Object.fromEntries(CATEGORIES.map((id) => [id, Math.round((lhr.categories[id]?.score ?? 0) * 100)])),
    lcpMs: audit('largest-contentful-paint'),
    tbtMs: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    totalBytes: audit('total-byte-weight'),
    // Lighthouse's own reading of how fast this machine was during the run (higher is faster); simulated
    // throttling scales what it observed, so a slow moment on a shared machine lowers every score.
    benchmarkIndex: lhr.environment.benchmarkIndex,
    failedAudits: Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id),
  };
}

/**
 * Runs Lighthouse `runs` times on each URL, one fresh tab and cleared storage each time, and keeps the median of
 * every figure (and every run, for the record).
 * @param {Record<string, string>} urls
 * @param {{ runs?: number, log?: (message: string) => void }} [options]
 */
export async function runLighthouse(urls, { runs = 3, log = () => {} } = {}) {
  const chromium = await launchChromiumForLighthouse();
  const results = {};
  try {
    for (const [name, url] of Object.entries(urls)) {
      const all = [];
      for (let run = 0; run < runs; run += 1) {
        log(`lighthouse ${name} run ${run + 1}/${runs}`);
        const result = await lighthouse(url, {
          port: chromium.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: CATEGORIES,
        });
        if (!result) throw new Error(`${url}: Lighthouse returned no result`);
        if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.message}`);
        all.push(summarise(result.lhr));
      }
      const keys = Object.keys(all[0]).filter((key) => key !== 'failedAudits');
      results[name] = {
        url,
        median: Object.fromEntries(keys.map((key) => [key, median(all.map((r) => r[key]))])),
        failedAudits: [...new Set(all.flatMap((r) => r.failedAudits))],
        runs: all.map((run) => Object.fromEntries(keys.map((key) => [key, run[key]]))),
      };
    }
  } finally {
    await chromium.stop();
  }
  return results;
}
