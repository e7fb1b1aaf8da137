/** Render it from the first paint and change only its text: a live region added later is not announced. */
export default function LiveRegion({ message }: { message: string }) {
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className="sr-only">
      {message}
    </div>
  );
}
