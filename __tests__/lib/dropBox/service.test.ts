/** @jest-environment node */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { boxesPerHourFrom, dropBoxService } from '@/lib/dropBox/service';

describe('boxesPerHourFrom', () => {
  it('is 20 unless DROP_BOX_BOXES_PER_HOUR says otherwise', () => {
    expect(boxesPerHourFrom({})).toBe(20);
    expect(boxesPerHourFrom({ DROP_BOX_BOXES_PER_HOUR: '' })).toBe(20);
    expect(boxesPerHourFrom({ DROP_BOX_BOXES_PER_HOUR: '30' })).toBe(30);
  });

  it.each(['0', '-1', '1.5', 'many'])('refuses DROP_BOX_BOXES_PER_HOUR=%s, naming it', (setting) => {
    expect(() => boxesPerHourFrom({ DROP_BOX_BOXES_PER_HOUR: setting })).toThrow(
      `DROP_BOX_BOXES_PER_HOUR must be a whole number of at least 1, not "${setting}".`,
    );
  });
});

describe('dropBoxService', () => {
  const saved = { ...process.env };
  let directory: string;
  beforeAll(() => {
    directory = mkdtempSync(path.join(tmpdir(), 'sourcecheck-service-'));
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));
  afterEach(() => {
    process.env = { ...saved };
  });

  it('opens the database once a process, and tries again after a failed open', async () => {
    delete process.env.DATABASE_URL;
    process.env.DROP_BOX_DATA = path.join(directory, 'data');
    process.env.DROP_BOX_BOXES_PER_HOUR = 'none';
    await expect(dropBoxService()).rejects.toThrow('DROP_BOX_BOXES_PER_HOUR must be a whole number');

    process.env.DROP_BOX_BOXES_PER_HOUR = '7';
    const first = dropBoxService();
    expect(dropBoxService()).toBe(first);
    const service = await first;
    expect(service.boxesPerHour).toBe(7);
    expect(await service.database.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
    await service.database.close();
  }, 60_000);
});
