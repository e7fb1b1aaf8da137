'use client';

import { useFocusWhen } from '@/hooks/useFocusWhen';
import { useProgressSaved } from '@/store/progress';

/**
 * In an assessment the answer is kept without a verdict; right and wrong come with the results. It says
 * "saved" only when the device saved it: otherwise the answer is kept by this page alone, and the student
 * must know not to close it.
 */
export default function AnswerSavedPanel({ takeFocus }: { takeFocus: boolean }) {
  const panel = useFocusWhen<HTMLElement>(takeFocus);
  const { saved } = useProgressSaved();

  return (
    <section
      ref={panel}
      tabIndex={-1}
      aria-labelledby="answer-saved"
      className="mt-4 rounded-md border-2 border-slate-400 bg-white p-4 focus:outline-2 focus:outline-offset-2 focus:outline-blue-800"
    >
      <h3 id="answer-saved" className="text-lg font-bold">
        {saved ? 'Answer saved' : 'Answer kept on this page only'}
      </h3>
      <p className="mt-1">
        {saved
          ? 'You will see which answers were right, with the source’s words, at the end.'
          : 'This device did not save it. Keep this page open until you finish: your result at the end holds every answer.'}
      </p>
    </section>
  );
}
