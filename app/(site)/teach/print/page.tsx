import type { Metadata } from 'next';
import PrintableAssignment from '@/components/teach/PrintableAssignment';
import { loadQuizzes } from '@/lib/content/load';

export const metadata: Metadata = { title: 'Print view and answer key' };

export default function PrintPage() {
  return <PrintableAssignment quizzes={loadQuizzes()} />;
}
