/** The words a question quotes, as chosen from the source's paragraphs; said again each time they change. */
export default function QuotedWords({ quote }: { quote: { paragraph: number; text: string } }) {
  return (
    <div aria-live="polite">
      {quote.text !== '' ? (
        <p>
          Quoted from paragraph {quote.paragraph}: <q className="font-serif">{quote.text}</q>
        </p>
      ) : (
        <p className="text-slate-700">No words chosen yet.</p>
      )}
    </div>
  );
}
