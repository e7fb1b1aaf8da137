'use client';

import { use } from 'react';
import PageLink from '@/components/ui/PageLink';
import ReadAloudButton from '@/components/ui/ReadAloudButton';
import type { GlossaryTermData } from '@/components/ui/GlossaryProvider';

type Definitions = Record<string, string> | null;

let definitions: Promise<Definitions> | null = null;

/**
 * Every definition, fetched once a visit (app/glossary.json, precached for offline use); null when it could not be,
 * and then fetched again the next time a word is opened.
 */
export function loadDefinitions(): Promise<Definitions> {
  definitions ??= fetch('/glossary.json')
    .then((response) => (response.ok ? (response.json() as Promise<Record<string, string>>) : null))
    .catch(() => null)
    .then((loaded) => {
      if (!loaded) definitions = null;
      return loaded;
    });
  return definitions;
}

/** An opened word's meaning, with the way to the whole glossary and to hear it read. */
export default function GlossaryDefinition({
  entry,
  loading,
}: {
  entry: GlossaryTermData;
  loading: Promise<Definitions>;
}) {
  const definition = use(loading)?.[entry.id];
  const everyWord = (
    <PageLink href="/glossary" className="text-blue-900 underline">
      Every word explained
    </PageLink>
  );
  if (!definition)
    return (
      <>
        <strong>{entry.term}</strong>: its meaning could not be loaded. Try again, or see {everyWord}.
      </>
    );
  return (
    <>
      <strong>{entry.term}</strong>: {definition} {everyWord}{' '}
      <ReadAloudButton texts={[`${entry.term}: ${definition}`]} what={`what “${entry.term}” means`} />
    </>
  );
}
