import { config } from 'zod/mini';

// Zod probes for eval once to compile faster parsers; the Content-Security-Policy refuses eval, and the refused
// probe shows up as a violation. Every module with a client-side schema imports this first.
config({ jitless: true });
