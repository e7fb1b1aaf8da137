import { readAppFile } from '@/lib/appFile';

const limits = { maxLength: 1000, version: 2 };
const file = (kind: string, version = 1) => JSON.stringify({ app: 'sourcecheck', kind, version, more: [1] });

describe('a kept SourceCheck file, read without trusting it', () => {
  it('gives back its version and JSON for the caller to check', () => {
    expect(readAppFile(file('progress', 2), 'progress', limits)).toEqual({
      ok: true,
      value: { version: 2, json: { app: 'sourcecheck', kind: 'progress', version: 2, more: [1] } },
    });
  });

  it('sends the other kind of file to the page that opens it', () => {
    expect(readAppFile(file('teacher-backup'), 'progress', limits)).toEqual({
      ok: false,
      reason: 'This is a teacher’s backup: it is restored on My assignments, not a SourceCheck progress file.',
    });
    expect(readAppFile(file('progress'), 'teacher-backup', limits)).toMatchObject({
      reason: 'This is a student’s progress file: it is opened on the Progress page, not a SourceCheck backup.',
    });
    expect(readAppFile(file('constructor'), 'progress', limits)).toMatchObject({
      reason: 'This is not a SourceCheck progress file.',
    });
  });

  it('refuses a newer file, a huge one and one that is not JSON, each with its reason', () => {
    expect(readAppFile(file('progress', 3), 'progress', limits)).toMatchObject({ reason: /newer version/ });
    expect(readAppFile(' '.repeat(1001), 'progress', limits)).toMatchObject({ reason: /far too large/ });
    expect(readAppFile('{"app":', 'progress', limits)).toMatchObject({ reason: /not readable JSON/ });
  });
});
