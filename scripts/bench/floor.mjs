// The framework floor: the smallest App Router page, built by the same Next.js, React and config defaults as the
// app, in a temporary project that borrows this repository's node_modules. What the app ships above it is ours.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, repo } from './servers.mjs';

const FILES = {
  'package.json': '{ "name": "nextjs-floor", "private": true }\n',
  // node_modules is a link out of the project: Turbopack compiles only files under its root, so the root is
  // the filesystem's (this build reads nothing but these files and the linked packages).
  'next.config.js': "module.exports = { reactStrictMode: true, poweredByHeader: false, turbopack: { root: '/' } };\n",
  'app/layout.tsx': `export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
`,
  'app/page.tsx': `export const metadata = { title: 'Floor', description: 'A bare Next.js App Router page.' };

export default function Page() {
  return (
    <main>
      <h1>Hello</h1>
    </main>
  );
}
`,
};

/** Writes and builds the bare project; returns its directory and a function that deletes it. */
export function buildFloor() {
  const dir = mkdtempSync(path.join(tmpdir(), 'sourcecheck-floor-'));
  mkdirSync(path.join(dir, 'app'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    for (const [file, text] of Object.entries(FILES)) writeFileSync(path.join(dir, file), text);
    symlinkSync(path.join(repo, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    build(dir);
  } catch (error) {
    remove();
    throw error;
  }
  return { dir, remove };
}
