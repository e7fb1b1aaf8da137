import { measurePageScripts, SAMPLE_ROUTES } from './scripts/bench/pages.mjs';
import { startNext } from './scripts/bench/servers.mjs';
const app = await startNext();
for (const kind of Object.keys(SAMPLE_ROUTES)) {
  const { jsGzip } = await measurePageScripts(app.url, SAMPLE_ROUTES[kind]);
  console.log(kind, jsGzip);
}
await app.stop?.(); process.exit(0);
