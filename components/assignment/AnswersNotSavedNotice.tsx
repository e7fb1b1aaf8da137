'use client';

import { useProgressSaved } from '@/store/progress';

/**
 * An assessment says nothing after an answer, so it says this much when the device did not save it: the answers
 * are kept by this page alone, and the student must know not to close it before handing in.
 */
export default function AnswersNotSavedNotice() {
  const { saved } = useProgressSaved();
  if (saved) return null;
  return (
    <section aria-labelledby="answers-not-saved" className="mt-4 rounded-md border-2 border-amber-500 bg-amber-50 p-4">
      <h3 id="answers-not-saved" className="text-lg font-bold">
        Answers kept on this page only
      </h3>
      <p className="mt-1">
        This device did not save them. Keep this page open until you hand in: your result then holds every answer.
      </p>
    </section>
  );
}
