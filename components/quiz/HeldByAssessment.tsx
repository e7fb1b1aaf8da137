import PageLink from '@/components/ui/PageLink';

/** In place of practice or results while an assessment on this device still holds some of the questions. */
export default function HeldByAssessment({ held }: { held: number }) {
  return (
    <section aria-labelledby="held-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="held-heading" className="text-lg font-semibold">
        Closed until you hand in your assessment
      </h2>
      <p className="mt-1 text-slate-700">
        {held === 1 ? 'One of these questions is' : `${held} of these questions are`} in an assessment you have started
        and not handed in yet. Practicing them here would show their answers, so they open again once you hand it in. To
        finish the assessment, open your teacher’s link again: your answers so far are kept.
      </p>
      <PageLink href="/" className="btn-secondary mt-4">
        All quizzes
      </PageLink>
    </section>
  );
}
