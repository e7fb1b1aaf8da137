import '@testing-library/jest-dom';
import { TextDecoder, TextEncoder } from 'node:util';

// jsdom leaves out the encoding API that every browser has; links and receipts use it.
Object.assign(globalThis, { TextEncoder, TextDecoder });

// jsdom's built-in styles leave out <bdi>, which every browser shows inline; without this, accessible names
// computed here would gain a space around each name that UserText isolates. (Content tests run in node.)
if (typeof document !== 'undefined') {
  document.head.insertAdjacentHTML('beforeend', '<style>bdi { display: inline; }</style>');
}
