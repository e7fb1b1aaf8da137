import './zodConfig';
import * as z from 'zod/mini';
import { plainText, studentNameOf } from './plainText';

export const MAX_ROSTER_NAMES = 300;

const Name = z.string().check(z.minLength(1), z.maxLength(60));

/** A class's list of students, kept on the teacher's device only: it never goes into a link. */
export const RosterSchema = z.strictObject({
  className: z.string().check(z.minLength(1), z.maxLength(60)),
  names: z.array(Name).check(z.maxLength(MAX_ROSTER_NAMES)),
  /** Names students typed that match no entry loosely, joined by the teacher to the entry they are: loose form → entry. */
  joins: z.record(z.string(), Name),
  updatedAt: z.int(),
});

export type Roster = z.infer<typeof RosterSchema>;

/**
 * A name as loosely as two spellings of one student still agree: "José  GARCÍA " and "jose garcia" are one.
 * Accents are dropped by decomposing and removing the marks; compatibility forms (full-width letters) fold too.
 */
export function looseName(name: string): string {
  return plainText(name).normalize('NFKD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** A roster's key: the class as loosely as its name is typed, so "Civics 3" and "civics  3" share one roster. */
export const rosterKey = looseName;

/**
 * Names pasted from a list, a spreadsheet column or typed one a line: numbering ("1.", "2)") and empty lines go,
 * and a name given twice is kept once.
 */
export function parseRoster(text: string): string[] {
  const seen = new Set<string>();
  return text.split(/\r?\n/).flatMap((line) => {
    const name = studentNameOf(line.replace(/^\s*\d+[.)]\s*/, ''));
    const key = looseName(name);
    if (!key || seen.has(key)) return [];
    seen.add(key);
    return [name];
  });
}

export interface RosterMatch {
  /** Each name a result carries, with the roster entry it is. */
  matched: Map<string, string>;
  /** Roster entries with no result: who has not handed in. */
  missing: string[];
  /** Names on results that are on no roster entry, loosely or by a join. */
  unmatched: string[];
}

/** Who handed in and who did not: result names matched to the roster loosely, or by the teacher's joins. */
export function matchRoster(roster: Pick<Roster, 'names' | 'joins'>, resultNames: readonly string[]): RosterMatch {
  const entries = new Map(roster.names.map((name) => [looseName(name), name]));
  const matched = new Map<string, string>();
  const unmatched: string[] = [];
  for (const name of new Set(resultNames)) {
    const key = looseName(name);
    const entry = entries.get(key) ?? roster.joins[key];
    if (entry !== undefined && roster.names.includes(entry)) matched.set(name, entry);
    else unmatched.push(name);
  }
  const handedIn = new Set(matched.values());
  return { matched, missing: roster.names.filter((name) => !handedIn.has(name)), unmatched };
}

/** Joins a name a student typed to a roster entry, so the gradebook counts it as that student from now on. */
export function joinName(roster: Roster, resultName: string, entry: string, now: number): Roster {
  return { ...roster, joins: { ...roster.joins, [looseName(resultName)]: entry }, updatedAt: now };
}

/**
 * Two copies of one class's roster (this device's and a backup's) made one: every name either holds, and every
 * join; where both joined one name differently, the copy changed last decides.
 */
export function mergeRosters(a: Roster, b: Roster): Roster {
  const [older, newer] = a.updatedAt <= b.updatedAt ? [a, b] : [b, a];
  const seen = new Set<string>();
  const names = [...newer.names, ...older.names].filter((name) => {
    const key = looseName(name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return {
    className: newer.className,
    names: names.slice(0, MAX_ROSTER_NAMES),
    joins: { ...older.joins, ...newer.joins },
    updatedAt: newer.updatedAt,
  };
}
