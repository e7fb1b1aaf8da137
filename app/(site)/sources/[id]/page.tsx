import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import SourceReader from '@/components/source/SourceReader';
import GlossaryProvider from '@/components/ui/GlossaryProvider';
import PageLink from '@/components/ui/PageLink';
import { glossaryTermsIn, loadPassages, loadSourceParagraphs } from '@/lib/content/load';
import { SOURCES, SOURCE_IDS, isSourceId } from '@/lib/content/sources';
import { formatDate } from '@/lib/format';
import { passageSpans } from '@/lib/passages';

export const dynamicParams = false;

export function generateStaticParams() {
  return SOURCE_IDS.map((id) => ({ id }));
}

export async function generateMetadata({ params }: PageProps<'/sources/[id]'>): Promise<Metadata> {
  const { id } = await params;
  return { title: isSourceId(id) ? `Source: ${SOURCES[id].title}` : undefined };
}

export default async function SourcePage({ params }: PageProps<'/sources/[id]'>) {
  const { id } = await params;
  if (!isSourceId(id)) notFound();
  const citation = SOURCES[id];
  const paragraphs = loadSourceParagraphs(id);
  return (
    <article>
      <p className="text-sm font-medium uppercase tracking-wide text-slate-600">Source</p>
      <h1 className="text-2xl font-bold">{citation.title}</h1>
      <p className="mt-2 text-slate-700">
        {citation.outlet}, by {citation.author}, published {formatDate(citation.published)}. The full text as the
        quizzes quote it; paragraph numbers match their citations. Underlined words open a short explanation; the{' '}
        <PageLink href="/glossary" className="text-blue-900 underline">
          glossary
        </PageLink>{' '}
        lists them all.{' '}
        {/* A plain link: nothing of NPR's loads until a student follows it, and it says nothing of where they came from. */}
        <a href={citation.url} rel="noreferrer" className="text-blue-900 underline">
          The original article on npr.org
        </a>
        .
      </p>
      <GlossaryProvider terms={glossaryTermsIn(paragraphs)}>
        <SourceReader paragraphs={paragraphs} passages={passageSpans(paragraphs, loadPassages(id))} />
      </GlossaryProvider>
    </article>
  );
}
