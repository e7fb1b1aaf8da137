import { z } from 'zod/mini';

// Client-side schemas use zod/mini, whose checks tree-shake: the classic API costs every page about 25 kB of
// gzipped JS. Zod otherwise probes for eval once to compile parsers, which the Content-Security-Policy refuses.
z.config({ jitless: true });

export { z };
