import type { Assignment } from '@/lib/assignment';
import UserText from '@/components/ui/UserText';
import { formatDate } from '@/lib/format';

export default function AssignmentDetails({
  assignment,
  questionCount,
}: {
  assignment: Assignment;
  questionCount: number;
}) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4">
      <p className="mb-2 text-xl font-semibold">
        {assignment.title ? <UserText>{assignment.title}</UserText> : 'Untitled assignment'}
      </p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        {assignment.className && (
          <>
            <dt className="font-medium">Class</dt>
            <dd>
              <UserText>{assignment.className}</UserText>
            </dd>
          </>
        )}
        {assignment.due && (
          <>
            <dt className="font-medium">Due</dt>
            <dd>{formatDate(assignment.due)}</dd>
          </>
        )}
        <dt className="font-medium">Questions</dt>
        <dd>{questionCount}</dd>
        <dt className="font-medium">Feedback</dt>
        <dd>
          {assignment.feedback === 'practice'
            ? 'After each question, with the source’s words'
            : 'When you hand in: this is an assessment, so you can change any answer until then, and right answers are shown after'}
        </dd>
      </dl>
    </div>
  );
}
