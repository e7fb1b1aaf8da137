import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';
import { TextDecoder, TextEncoder } from 'node:util';
import { deserialize, serialize } from 'node:v8';
import { CompressionStream, DecompressionStream } from 'node:stream/web';
import { webcrypto } from 'node:crypto';

// jsdom leaves out parts of the platform that every browser has: the encoding API, which links and receipts use,
// structuredClone, which IndexedDB (fake-indexeddb in component tests) copies every record with, and the
// compression streams that compressed result links (the QR code's) are made and read with, and Web Crypto's
// subtle half, which seals and opens the drop box's results.
Object.assign(globalThis, {
  TextEncoder,
  TextDecoder,
  CompressionStream,
  DecompressionStream,
  structuredClone: globalThis.structuredClone ?? ((value: unknown) => deserialize(serialize(value))),
});
if (globalThis.crypto && !globalThis.crypto.subtle)
  Object.defineProperty(globalThis.crypto, 'subtle', { value: webcrypto.subtle });

// jsdom's built-in styles leave out <bdi>, which every browser shows inline; without this, accessible names
// computed here would gain a space around each name that UserText isolates. (Content tests run in node.)
if (typeof document !== 'undefined') {
  document.head.insertAdjacentHTML('beforeend', '<style>bdi { display: inline; }</style>');
}

// The machine is shared and its speed moves, and the files run side by side (jest.config.mjs): more than Testing
// Library's 1 s before a findBy or waitFor gives up, as the browser tests allow more than Playwright's 5 s.
configure({ asyncUtilTimeout: 10_000 });

// Components render here outside Next.js's app router, whose useRouter throws without it: the app's links
// (PageLink) and pages that move on by themselves get a router that goes nowhere. A test that follows a link
// mocks next/navigation itself.
jest.mock('next/navigation', () => ({
  ...jest.requireActual('next/navigation'),
  useRouter: () => ({
    push: () => {},
    replace: () => {},
    back: () => {},
    forward: () => {},
    refresh: () => {},
    prefetch: () => {},
  }),
}));
