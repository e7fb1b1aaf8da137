import type { Metadata } from 'next';
import AssignmentRunner from '@/components/assignment/AssignmentRunner';
import { loadQuizzes } from '@/lib/content/load';

export const metadata: Metadata = { title: 'Assignment' };

export default function AssignmentPage() {
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">Assignment</h1>
      <AssignmentRunner quizzes={loadQuizzes()} />
    </>
  );
}
