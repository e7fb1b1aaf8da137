import '@testing-library/jest-dom';
import { TextDecoder, TextEncoder } from 'node:util';

// jsdom leaves out the encoding API that every browser has; links and receipts use it.
Object.assign(globalThis, { TextEncoder, TextDecoder });
