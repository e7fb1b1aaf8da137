// Writes the headers of headers.js for the hosts that cannot read JavaScript: public/_headers for Netlify and
// Cloudflare Pages (`next build` copies it into out/), and two nginx includes for deploy/nginx.conf. Runs before
// every build (`prebuild`, `preexport`), so the files always match the list next.config.js sends.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
/** @type {typeof import('../headers.js')} */
const { securityHeaders, immutableAssets } = require('../headers.js');

const root = fileURLToPath(new URL('..', import.meta.url));
const generated = 'Written by scripts/write-headers.mjs from headers.js: edit that, not this.';

/** @param {{ key: string, value: string }[]} headers */
const netlify = (headers) => headers.map(({ key, value }) => `  ${key}: ${value}`).join('\n');
/**
 * `always`: on error responses too (the 404 page), which nginx otherwise leaves bare.
 * @param {{ key: string, value: string }[]} headers
 */
const nginx = (headers) =>
  headers
    .map(({ key, value }) => {
      if (value.includes('"')) throw new Error(`write-headers: ${key} has a double quote, which nginx would misread`);
      return `add_header ${key} "${value}" always;`;
    })
    .join('\n');

writeFileSync(
  `${root}public/_headers`,
  `# ${generated}\n/*\n${netlify(securityHeaders())}\n\n${immutableAssets.path}*\n${netlify(immutableAssets.headers)}\n`,
);
mkdirSync(`${root}deploy`, { recursive: true });
writeFileSync(`${root}deploy/security-headers.conf`, `# ${generated}\n${nginx(securityHeaders())}\n`);
writeFileSync(`${root}deploy/immutable-headers.conf`, `# ${generated}\n${nginx(immutableAssets.headers)}\n`);
