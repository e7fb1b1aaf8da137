// Marks every script the build produced for the browser with V8's explicit compile hint, `//# allFunctionsCalledOnLoad`
// (Chromium 136 and later; other engines read a comment). Without it, V8 compiles each module's function on the main
// thread the first time Turbopack calls it, and a trace of every page's load at 4x CPU found that compiling to be its
// largest task, the bare Next.js page's too (README, Measurements). With it, Chromium compiles the whole file on the
// thread that streams the script in, before it runs (a script that arrives whole before streaming starts, as it can
// from localhost, is compiled whole on the main thread instead: the bench's traces show both). Every file is marked,
// not only those a page loads at startup: the app loads a chunk only when its code is about to run. Next.js has no
// option for this, so it runs after each build, on the directory that build serves its chunks from (postbuild:
// .next/static/chunks; postexport: out/_next/static/chunks), before scripts/build-sw.mjs lists and hashes the files;
// running it again changes nothing. The cost is the comment itself, about 20 bytes of gzip per file.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** Puts the hint first in every .js file in `dir` that lacks it; returns how many it changed. */
export function markScripts(dir) {
  let changed = 0;
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.js')) continue;
    const file = path.join(dir, name);
    const source = readFileSync(file, 'utf8');
    if (source.startsWith(COMPILE_HINT)) continue;
    writeFileSync(file, COMPILE_HINT + source);
    changed += 1;
  }
  return changed;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir || !existsSync(dir)) throw new Error(`compile-hints: no directory of scripts at ${dir}`);
  console.log(`compile-hints: ${markScripts(dir)} scripts in ${dir} marked`);
}
