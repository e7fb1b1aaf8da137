import type { Metadata } from 'next';
import ProgressSummary from '@/components/progress/ProgressSummary';
import { loadQuizzes } from '@/lib/content/load';
import { quizOutlines } from '@/lib/content/outline';

export const metadata: Metadata = { title: 'Your progress' };

export default function ProgressPage() {
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">Your progress</h1>
      {/* Titles, topics and question ids are all it counts and names: not the questions themselves. */}
      <ProgressSummary quizzes={quizOutlines(loadQuizzes())} />
    </>
  );
}
