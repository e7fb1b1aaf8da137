// Writes the headers of headers.js for the hosts that cannot read JavaScript: public/_headers for Netlify and
// Cloudflare Pages (`next build` copies it into out/), and three nginx includes for deploy/nginx.conf. Runs before
// every build (`prebuild`, `preexport`), so the files always match the list next.config.js sends.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
/** @type {typeof import('../headers.js')} */
const { securityHeaders, immutableAssets, cameraPage } = require('../headers.js');

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

// The camera page's rule gives only the header it changes. A static host applies every rule that matches, and
// may send both policies or join them with a comma; Chromium reads either as the later camera=(self).
const cameraPolicy = securityHeaders({ camera: true }).filter(({ key }) => key === 'Permissions-Policy');
writeFileSync(
  `${root}public/_headers`,
  `# ${generated}\n/*\n${netlify(securityHeaders())}\n\n${cameraPage}\n${netlify(cameraPolicy)}\n\n${immutableAssets.path}*\n${netlify(immutableAssets.headers)}\n`,
);
mkdirSync(`${root}deploy`, { recursive: true });
writeFileSync(`${root}deploy/security-headers.conf`, `# ${generated}\n${nginx(securityHeaders())}\n`);
writeFileSync(
  `${root}deploy/camera-page-headers.conf`,
  `# ${generated}\n${nginx(securityHeaders({ camera: true }))}\n`,
);
writeFileSync(`${root}deploy/immutable-headers.conf`, `# ${generated}\n${nginx(immutableAssets.headers)}\n`);
