import PageLink from '@/components/ui/PageLink';
import ReadAloudButton from '@/components/ui/ReadAloudButton';
import type { Quote } from '@/lib/content/schema';
import { sourceLink } from '@/lib/links';
import { SOURCES, formatCitation } from '@/lib/content/sources';
import { SPEAKERS } from '@/lib/content/speakers';

export default function QuoteBlock({ quote }: { quote: Quote }) {
  const speaker = SPEAKERS[quote.speaker];
  return (
    <figure className="mt-4 rounded-md border-l-4 border-slate-500 bg-slate-100 p-4">
      <blockquote className="font-serif text-lg leading-relaxed">“{quote.text}”</blockquote>
      <div className="mt-2">
        <ReadAloudButton texts={[quote.text]} what="the quote" />
      </div>
      <figcaption className="mt-3 space-y-1 text-sm text-slate-700">
        <p>
          <span className="font-semibold text-slate-900">Who is speaking: {speaker.label}.</span> {speaker.description}.
        </p>
        <p>
          <cite className="not-italic">{formatCitation(SOURCES[quote.sourceId])}</cite>, paragraph {quote.paragraph}.{' '}
          <PageLink
            href={sourceLink(quote)}
            className="inline-block py-2 font-medium text-blue-900 underline underline-offset-2"
          >
            Read paragraph {quote.paragraph} in context
          </PageLink>
        </p>
      </figcaption>
    </figure>
  );
}
