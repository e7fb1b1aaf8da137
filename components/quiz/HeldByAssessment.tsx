import PageLink from '@/components/ui/PageLink';

/**
 * In place of practice or results while an assessment on this device still holds some of the questions: until it
 * is handed in, or until its due date is over when the teacher chose that.
 */
export default function HeldByAssessment({ held }: { held: number }) {
  return (
    <section aria-labelledby="held-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="held-heading" className="text-lg font-semibold">
        Closed until your assessment’s answers open
      </h2>
      <p className="mt-1 text-slate-700">
        {held === 1 ? 'One of these questions is' : `${held} of these questions are`} in an assessment whose answers are
        not open yet. Practicing them here would show those answers, so they open again once you hand it in, or after
        its due date if your teacher chose that. To finish the assessment, open your teacher’s link again: your answers
        so far are kept.
      </p>
      <PageLink href="/" className="btn-secondary mt-4">
        All quizzes
      </PageLink>
    </section>
  );
}
