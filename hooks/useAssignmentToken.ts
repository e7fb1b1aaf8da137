import { useEffect, useState } from 'react';
import { type Assignment } from '@/lib/assignment';
import { encodeAssignment } from '@/lib/assignmentLink';

/**
 * The token of an assignment's link: at once for the bank's questions alone (format 1), and once compressed for one
 * with the teacher's own (format 2, whose code loads only then); null until it is ready. `assignment` must keep its
 * identity between renders (state or a memo), as the compression runs again for a new one.
 */
export function useAssignmentToken(assignment: Assignment): string | null {
  const plain = assignment.ownQuestions ? null : encodeAssignment(assignment);
  const [packed, setPacked] = useState<{ of: Assignment; token: string } | null>(null);
  useEffect(() => {
    if (!assignment.ownQuestions) return;
    let current = true;
    void import('@/lib/ownAssignmentLink')
      .then(({ encodeAssignmentLink }) => encodeAssignmentLink(assignment))
      .then((token) => current && setPacked({ of: assignment, token }));
    return () => {
      current = false;
    };
  }, [assignment]);
  return plain ?? (packed?.of === assignment ? packed.token : null);
}
