import type { Metadata } from 'next';
import PageLink from '@/components/ui/PageLink';
import Gradebook from '@/components/teach/Gradebook';
import { questionBankFile } from '@/lib/content/bankFile';

export const metadata: Metadata = { title: 'Gradebook' };

export default function GradebookPage() {
  return (
    <>
      <h1 className="text-2xl font-bold">Gradebook</h1>
      <p className="mt-2 text-slate-700">
        Open a student’s result link, or paste many at once.{' '}
        <PageLink href="/teach" className="text-blue-900 underline">
          Make a new assignment
        </PageLink>{' '}
        or see{' '}
        <PageLink href="/teach/assignments" className="text-blue-900 underline">
          My assignments
        </PageLink>
        .
      </p>
      {/* A full page load, not a client-side one: only the scan page's own headers allow the camera. */}
      <a href="/teach/results/scan" className="btn-secondary mt-4 inline-flex">
        Scan results with the camera
      </a>
      <div data-wide className="mt-6">
        {/* The questions results are checked against are fetched by the gradebook, not carried in this page. */}
        <Gradebook bank={questionBankFile().integrity} />
      </div>
    </>
  );
}
