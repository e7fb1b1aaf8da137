'use client';

import { useFocusWhen } from '@/hooks/useFocusWhen';

/** In an assessment the answer is kept without a verdict; right and wrong come with the results. */
export default function AnswerSavedPanel({ takeFocus }: { takeFocus: boolean }) {
  const panel = useFocusWhen<HTMLElement>(takeFocus);

  return (
    <section
      ref={panel}
      tabIndex={-1}
      aria-labelledby="answer-saved"
      className="mt-4 rounded-md border-2 border-slate-400 bg-white p-4 focus:outline-2 focus:outline-offset-2 focus:outline-blue-800"
    >
      <h3 id="answer-saved" className="text-lg font-bold">
        Answer saved
      </h3>
      <p className="mt-1">You will see which answers were right, with the source’s words, at the end.</p>
    </section>
  );
}
