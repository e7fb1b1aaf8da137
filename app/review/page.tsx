import type { Metadata } from 'next';
import ReviewSession from '@/components/progress/ReviewSession';
import { loadQuizzes } from '@/lib/content/load';

export const metadata: Metadata = { title: 'Review what you missed' };

export default function ReviewPage() {
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">Review what you missed</h1>
      <ReviewSession quizzes={loadQuizzes()} />
    </>
  );
}
