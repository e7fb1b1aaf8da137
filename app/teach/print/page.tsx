import type { Metadata } from 'next';
import AnswerKey from '@/components/teach/AnswerKey';
import { loadQuizzes } from '@/lib/content/load';

export const metadata: Metadata = { title: 'Print view and answer key' };

export default function PrintPage() {
  return <AnswerKey quizzes={loadQuizzes()} />;
}
