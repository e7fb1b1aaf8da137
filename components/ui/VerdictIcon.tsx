/** A tick or a cross beside the words that say the same thing: right and wrong are never told by colour alone. */
export default function VerdictIcon({ correct, className = 'size-5' }: { correct: boolean; className?: string }) {
  return (
    <svg viewBox="0 0 20 20" aria-hidden="true" focusable="false" className={`inline-block shrink-0 ${className}`}>
      {correct ? (
        <path
          d="M4 10.5l4 4 8-9"
          fill="none"
          stroke="currentColor"
          strokeWidth="2.5"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      ) : (
        <path d="M5 5l10 10M15 5L5 15" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
      )}
    </svg>
  );
}
