// Debian's Chromium and the flags every browser run here needs: no sandbox as root, and no background
// connections, which this machine's closed network refuses. Shared by the browser tests and the bench.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
