'use client';

import { useId, useState } from 'react';
import UserText from '@/components/ui/UserText';
import { MAX_ROSTER_NAMES, parseRoster, rosterKey } from '@/lib/roster';
import { useRosters, useRostersActions } from '@/store/rosters';

/** A class's list of students, pasted or typed one a line, kept on this device only. */
export default function RosterEditor({ className }: { className: string }) {
  const roster = useRosters((s) => s.rosters[rosterKey(className)]);
  const { setNames } = useRostersActions();
  const [typed, setTyped] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const id = useId();
  const text = typed ?? roster?.names.join('\n') ?? '';

  const save = async () => {
    const names = parseRoster(text);
    if (names.length > MAX_ROSTER_NAMES) return setStatus(`A roster holds at most ${MAX_ROSTER_NAMES} names.`);
    try {
      await setNames(className, names);
      setTyped(null);
      setStatus(`Roster kept on this device: ${names.length} ${names.length === 1 ? 'student' : 'students'}.`);
    } catch {
      setStatus('This browser would not keep the roster, so it is not saved.');
    }
  };

  return (
    <form
      className="space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label htmlFor={id} className="block font-medium">
        Students in <UserText>{className}</UserText>
      </label>
      <p id={`${id}-hint`} className="text-sm text-slate-700">
        One name a line: paste a column from a spreadsheet, or type them.
      </p>
      <textarea
        id={id}
        aria-describedby={`${id}-hint`}
        rows={5}
        value={text}
        onChange={(e) => setTyped(e.target.value)}
        className="w-full rounded border border-slate-400 bg-white p-2 text-sm"
      />
      <button type="submit" className="btn-secondary">
        Save the roster
      </button>
      <p role="status" className="text-sm">
        {status}
      </p>
    </form>
  );
}
