import fc from 'fast-check';
import { formatDate, formatDay, isolated, shortened } from '@/lib/format';

describe('formatDate', () => {
  it('writes a date as people in the U.S. write it', () => {
    expect(formatDate('2021-03-16')).toBe('March 16, 2021');
    expect(formatDate('2020-11-03')).toBe('November 3, 2020');
  });

  it('agrees with the browser’s own en-US long date for any day', () => {
    const day = fc.date({
      min: new Date('1990-01-01T00:00:00Z'),
      max: new Date('2100-12-31T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(day, (date) => {
        const iso = date.toISOString().slice(0, 10);
        const intl = new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-US', {
          year: 'numeric',
          month: 'long',
          day: 'numeric',
          timeZone: 'UTC',
        });
        expect(formatDate(iso)).toBe(intl);
      }),
    );
  });
});

describe('formatDay', () => {
  it('names the weekday of the calendar date, whatever the time zone', () => {
    expect(formatDay('2026-12-03')).toBe('Thursday, December 3, 2026');
    expect(formatDay('2024-02-29')).toBe('Thursday, February 29, 2024');
  });
});

describe('isolated', () => {
  it('closes whatever direction a name opens, so the words after it keep their order', () => {
    const subject = `SourceCheck result: ${isolated('\u202EAna')} (done)`;
    expect(subject).toBe('SourceCheck result: \u2068\u202EAna\u2069 (done)');
  });
});

describe('shortened', () => {
  it('keeps a short quote whole, and cuts a long one at a word with an ellipsis', () => {
    expect(shortened('Russia sought to denigrate')).toBe('Russia sought to denigrate');
    const long = `${'word '.repeat(30)}end`;
    const cut = shortened(long);
    expect(cut.endsWith(' …')).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(122);
    expect(long.startsWith(cut.slice(0, -2))).toBe(true);
    expect(cut.slice(0, -2).endsWith('word')).toBe(true);
  });
});
