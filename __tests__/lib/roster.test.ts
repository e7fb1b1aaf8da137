import { joinName, looseName, matchRoster, mergeRosters, parseRoster, RosterSchema, type Roster } from '@/lib/roster';

const roster = (names: string[], joins: Record<string, string> = {}, updatedAt = 1): Roster => ({
  className: 'Civics 3',
  names,
  joins,
  updatedAt,
});

describe('matching names loosely', () => {
  it.each([
    ['José García', 'jose garcia'],
    ['  Ana   Lopez ', 'ana lopez'],
    ['ANA LOPEZ', 'ana lopez'],
    ['Zoë\tBrontë', 'zoe bronte'],
    ['Ａｎａ', 'ana'],
    ['Nguyễn Thị Minh', 'nguyen thi minh'],
  ])('reads %j as %j', (typed, loose) => {
    expect(looseName(typed)).toBe(loose);
  });

  it('keeps letters that are not accented Latin ones', () => {
    expect(looseName('Мария')).toBe('мария');
    expect(looseName('محمد')).toBe('محمد');
  });
});

describe('a pasted roster', () => {
  it('is one name a line, without numbering, empty lines or the same name twice', () => {
    expect(parseRoster('1. Ana Lopez\r\n2) Ben Okafor\n\n   \nana  lopez\nChen\tWei\n')).toEqual([
      'Ana Lopez',
      'Ben Okafor',
      'Chen Wei',
    ]);
  });

  it('cuts a name to the 60 characters a result holds', () => {
    expect(parseRoster('x'.repeat(80))).toEqual(['x'.repeat(60)]);
  });
});

describe('who has handed in', () => {
  it('matches results to the roster loosely and names who is missing and who is not on it', () => {
    const match = matchRoster(roster(['Ana López', 'Ben Okafor', 'Chen Wei']), ['ana lopez', 'Dee', 'ana lopez']);
    expect([...match.matched]).toEqual([['ana lopez', 'Ana López']]);
    expect(match.missing).toEqual(['Ben Okafor', 'Chen Wei']);
    expect(match.unmatched).toEqual(['Dee']);
  });

  it('counts a joined name as the roster entry it was joined to', () => {
    const joined = joinName(roster(['Benjamin Okafor']), ' BEN  okafor', 'Benjamin Okafor', 5);
    expect(joined.joins).toEqual({ 'ben okafor': 'Benjamin Okafor' });
    expect(joined.updatedAt).toBe(5);
    const match = matchRoster(joined, ['Ben Okafor']);
    expect(match.missing).toEqual([]);
    expect(match.matched.get('Ben Okafor')).toBe('Benjamin Okafor');
  });

  it('ignores a join to an entry no longer on the roster', () => {
    expect(matchRoster(roster(['Ana'], { ben: 'Benjamin' }), ['Ben']).unmatched).toEqual(['Ben']);
  });
});

describe('merging two copies of a roster', () => {
  it('keeps every name and join of both, whichever comes first, the later copy deciding a clash', () => {
    const here = roster(['Ana', 'Ben'], { benny: 'Ben', a: 'Ana' }, 1);
    const backup = roster(['ana', 'Chen'], { benny: 'Chen' }, 2);
    const merged = mergeRosters(here, backup);
    expect(merged.names).toEqual(['ana', 'Chen', 'Ben']);
    expect(merged.joins).toEqual({ benny: 'Chen', a: 'Ana' });
    expect(mergeRosters(backup, here)).toEqual(merged);
    expect(RosterSchema.safeParse(merged).success).toBe(true);
  });
});
