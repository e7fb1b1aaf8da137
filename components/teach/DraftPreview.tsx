import { useId } from 'react';

/** The question being written as a student sees it, once it passes every check. */
export default function DraftPreview({ ready, children }: { ready: boolean; children: React.ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="mt-6 rounded-lg border-2 border-dashed border-slate-400 p-4">
      <h2 id={id} className="text-lg font-semibold">
        Preview: as a student sees it
      </h2>
      {ready ? children : <p className="text-slate-700">The preview shows once the question passes every check.</p>}
    </section>
  );
}
