import type { Metadata } from 'next';
import PageLink from '@/components/ui/PageLink';
import { loadGlossary } from '@/lib/content/load';
import { SOURCES } from '@/lib/content/sources';

export const metadata: Metadata = { title: 'Words explained' };

export default function GlossaryPage() {
  const glossary = [...loadGlossary()].sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
  return (
    <>
      <h1 className="text-2xl font-bold">Words explained</h1>
      <p className="mt-2 text-slate-700">
        The hard words of the article the quizzes are built on, in plain words, with the paragraphs that use them.
      </p>
      <dl className="mt-6 space-y-5">
        {glossary.map((entry) => (
          <div key={entry.id} id={entry.id}>
            <dt className="text-lg font-semibold">
              {entry.term}
              {entry.also.length > 0 && (
                <span className="font-normal text-slate-700"> (also: {entry.also.join(', ')})</span>
              )}
            </dt>
            <dd className="mt-1">{entry.definition}</dd>
            <dd className="mt-1 text-sm text-slate-700">
              In “{SOURCES[entry.sourceId].title}”, paragraph{entry.paragraphs.length > 1 ? 's' : ''}{' '}
              {entry.paragraphs.map((number, i) => (
                <span key={number}>
                  {i > 0 && ', '}
                  <PageLink href={`/sources/${entry.sourceId}#p-${number}`} className="text-blue-900 underline">
                    {number}
                  </PageLink>
                </span>
              ))}
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
