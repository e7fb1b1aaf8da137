import type { Metadata } from 'next';
import ReviewSession from '@/components/progress/ReviewSession';
import { questionBankFile } from '@/lib/content/bankFile';
import { loadQuizzes } from '@/lib/content/load';
import { quizOutlines } from '@/lib/content/outline';

export const metadata: Metadata = { title: 'Review what you missed' };

export default function ReviewPage() {
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">Review what you missed</h1>
      {/* What is due is counted from outlines; the questions are fetched when the review starts. */}
      <ReviewSession quizzes={quizOutlines(loadQuizzes())} bank={questionBankFile().integrity} />
    </>
  );
}
