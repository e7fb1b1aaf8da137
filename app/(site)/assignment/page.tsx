import type { Metadata } from 'next';
import AssignmentRunner from '@/components/assignment/AssignmentRunner';
import { questionBankFile } from '@/lib/content/bankFile';
import { sourceTextsFile } from '@/lib/content/sourceTextsFile';

export const metadata: Metadata = { title: 'Assignment' };

// The assignment is in the link's fragment, which only the browser reads: its questions are fetched there.
export default function AssignmentPage() {
  return (
    <>
      {/* A label over the assignment's own card: its title is the teacher's, and the question comes first. */}
      <h1 className="mb-1 text-sm font-semibold tracking-wide text-slate-600 uppercase">Assignment</h1>
      <AssignmentRunner bank={questionBankFile().integrity} sources={sourceTextsFile().integrity} />
    </>
  );
}
