import '@testing-library/jest-dom';
import { TextDecoder, TextEncoder } from 'node:util';
import { deserialize, serialize } from 'node:v8';

// jsdom leaves out parts of the platform that every browser has: the encoding API, which links and receipts use,
// and structuredClone, which IndexedDB (fake-indexeddb in component tests) copies every record with.
Object.assign(globalThis, {
  TextEncoder,
  TextDecoder,
  structuredClone: globalThis.structuredClone ?? ((value: unknown) => deserialize(serialize(value))),
});
