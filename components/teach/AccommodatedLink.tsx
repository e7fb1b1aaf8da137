import CopyButton from '@/components/ui/CopyButton';
import LinkField from '@/components/ui/LinkField';
import { useMemo } from 'react';
import { useAssignmentToken } from '@/hooks/useAssignmentToken';
import type { Assignment } from '@/lib/assignment';
import { assignmentLink } from '@/lib/links';

/**
 * The same assignment with the "fewer choices" accommodation, for the students who need it: the same id, so their
 * results join the class's in the gradebook, each marked as taken with fewer choices.
 */
export default function AccommodatedLink({ assignment }: { assignment: Assignment }) {
  const accommodated = useMemo(() => ({ ...assignment, fewerChoices: true as const }), [assignment]);
  const token = useAssignmentToken(accommodated);
  if (!token) return null;
  const link = assignmentLink(window.location.origin, token);
  return (
    <details className="rounded-md border border-slate-300 p-3">
      <summary className="flex min-h-11 cursor-pointer items-center font-medium">
        A copy with fewer choices, as an accommodation
      </summary>
      <p className="mt-2 text-sm text-slate-700">
        The same questions with one wrong choice removed from each question that has four or more: the same one for a
        student every time, and never the right answer. Give it only to the students who need it; their results say they
        had fewer choices, in the gradebook beside the score and on the student’s own result.
      </p>
      <div className="mt-2">
        <LinkField id="accommodated-link" label="Link with fewer choices" link={link} />
      </div>
      <div className="mt-2">
        <CopyButton text={link} label="Copy the link with fewer choices" />
      </div>
    </details>
  );
}
