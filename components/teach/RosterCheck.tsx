'use client';

import { useEffect, useId, useMemo, useState } from 'react';
import PageLink from '@/components/ui/PageLink';
import UserText from '@/components/ui/UserText';
import UserTextList from '@/components/ui/UserTextList';
import { matchRoster, rosterKey } from '@/lib/roster';
import { useRosters, useRostersActions } from '@/store/rosters';

/** A name on a result that matches no roster entry, and the entry the teacher says it is. */
function JoinName({ className, name, entries }: { className: string; name: string; entries: string[] }) {
  const { join } = useRostersActions();
  const [entry, setEntry] = useState('');
  const [problem, setProblem] = useState('');
  const id = useId();
  return (
    <li className="flex flex-wrap items-center gap-2">
      <label htmlFor={id}>
        <UserText>{name}</UserText> is
      </label>
      <select
        id={id}
        value={entry}
        onChange={(e) => setEntry(e.target.value)}
        className="min-h-11 max-w-full rounded border border-slate-400 bg-white px-2"
      >
        <option value="">not on the roster</option>
        {entries.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="btn-secondary"
        disabled={!entry}
        onClick={() =>
          void join(className, name, entry).then(
            () => setProblem(''),
            () => setProblem('This browser would not keep the join.'),
          )
        }
      >
        Join
      </button>
      {problem && <span className="text-sm font-medium text-red-800">{problem}</span>}
    </li>
  );
}

/** Who in the class has not handed in, by the roster kept on this device, and names to join to it. */
export default function RosterCheck({ className, names }: { className: string; names: string[] }) {
  const roster = useRosters((s) => s.rosters[rosterKey(className)]);
  const loaded = useRosters((s) => s.loaded);
  const { load } = useRostersActions();
  const match = useMemo(() => (roster ? matchRoster(roster, names) : null), [roster, names]);

  useEffect(() => {
    void load();
  }, [load]);

  if (!loaded) return null;
  if (!roster || !match)
    return (
      <p className="mt-2 text-sm text-slate-700">
        No roster for this class yet: add one in{' '}
        <PageLink href="/teach/assignments" className="text-blue-900 underline">
          My assignments
        </PageLink>{' '}
        to see who has not handed in.
      </p>
    );
  const joinable = match.missing;
  return (
    <div className="mt-2 space-y-2 text-sm">
      <p>
        {match.missing.length === 0 ? (
          'Everyone on the roster has handed in.'
        ) : (
          <>
            <strong>Not handed in ({match.missing.length}):</strong> <UserTextList items={match.missing} />
          </>
        )}
      </p>
      {match.unmatched.length > 0 && (
        <>
          <p>Not on the roster: join each to the student it is, and it is counted as theirs from now on.</p>
          <ul className="space-y-2">
            {match.unmatched.map((name) => (
              <JoinName key={name} className={className} name={name} entries={joinable} />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
