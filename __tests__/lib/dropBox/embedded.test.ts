/** @jest-environment node */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createBox, fetchResults, postResult } from '@/lib/dropBox/boxes';
import { openEmbeddedDatabase } from '@/lib/dropBox/embedded';

const NOW = Date.parse('2026-03-02T10:00:00Z');
let parent: string;
beforeAll(() => {
  parent = mkdtempSync(path.join(tmpdir(), 'sourcecheck-embedded-'));
});
afterAll(() => rmSync(parent, { recursive: true, force: true }));

it('keeps boxes and results in its directory, made with its parents, from one start of the server to the next', async () => {
  const directory = path.join(parent, '.data', 'drop-box');
  const first = await openEmbeddedDatabase(directory);
  const box = await createBox(first, { clientAddress: '192.0.2.1', boxesPerHour: 20, now: NOW });
  await postResult(first, box.id, { id: 'kept-across-restarts', ciphertext: 'Q2lwaGVy' }, NOW);
  await first.close();

  const second = await openEmbeddedDatabase(directory);
  expect((await fetchResults(second, box.id, box.readToken, NOW)).results).toEqual([
    { id: 'kept-across-restarts', ciphertext: 'Q2lwaGVy', receivedAt: NOW },
  ]);
  await second.close();
}, 60_000);
