import type { Metadata } from 'next';
import ProgressSummary from '@/components/progress/ProgressSummary';
import { loadQuizzes } from '@/lib/content/load';

export const metadata: Metadata = { title: 'Your progress' };

export default function ProgressPage() {
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">Your progress</h1>
      <ProgressSummary quizzes={loadQuizzes()} />
    </>
  );
}
