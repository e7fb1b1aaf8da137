'use client';

import { useId, useState } from 'react';
import UserText from '@/components/ui/UserText';
import { speakerId } from '@/lib/articleQuestions';
import { MAX_ARTICLE_SPEAKERS } from '@/lib/content/article';

/**
 * The people or bodies the article quotes, named by the teacher: the speakers a quote inside its quotation marks
 * can have. The article's own words are always the outlet's, so the outlet is not one of them.
 */
export default function ArticleSpeakersEditor({
  speakers,
  onChange,
  describedBy,
}: {
  speakers: { id: string; name: string }[];
  onChange: (speakers: { id: string; name: string }[]) => void;
  describedBy: string;
}) {
  const ids = useId();
  const [name, setName] = useState('');
  const add = () => {
    const named = name.trim();
    if (named === '') return;
    onChange([
      ...speakers,
      {
        id: speakerId(
          named,
          speakers.map((s) => s.id),
        ),
        name: named,
      },
    ]);
    setName('');
  };
  return (
    <fieldset className="space-y-2">
      <legend className="font-medium">People or bodies quoted in it</legend>
      <p id={`${ids}-hint`} className="text-sm text-slate-700">
        Name each one whose words the article puts in quotation marks (“Mayor Ana Ruiz”, “the budget office”). Words
        outside quotation marks are the outlet’s.
      </p>
      {speakers.length > 0 && (
        <ul className="space-y-2">
          {speakers.map((speaker) => (
            <li key={speaker.id} className="flex flex-wrap items-center gap-2">
              <UserText>{speaker.name}</UserText>
              <button
                type="button"
                className="btn-secondary"
                onClick={() => onChange(speakers.filter((s) => s.id !== speaker.id))}
              >
                Remove<span className="sr-only"> {speaker.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {speakers.length < MAX_ARTICLE_SPEAKERS && (
        <div className="flex flex-wrap items-end gap-2">
          <label className="block min-w-0 flex-1">
            <span className="block">Name of a person or body quoted</span>
            <input
              value={name}
              maxLength={120}
              aria-describedby={`${ids}-hint ${describedBy}`}
              onChange={(e) => setName(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault();
                  add();
                }
              }}
              className="mt-1 min-h-11 w-full rounded border border-slate-400 bg-white px-3"
            />
          </label>
          <button type="button" className="btn-secondary" onClick={add}>
            Add this name
          </button>
        </div>
      )}
    </fieldset>
  );
}
