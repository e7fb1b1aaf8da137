import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import ResultsView from '@/components/quiz/ResultsView';
import GlossaryProvider from '@/components/ui/GlossaryProvider';
import { getQuiz, glossaryTermsIn, loadQuizzes, quizTexts } from '@/lib/content/load';

export const dynamicParams = false;

export function generateStaticParams() {
  return loadQuizzes().map((quiz) => ({ id: quiz.id }));
}

export async function generateMetadata({ params }: PageProps<'/quiz/[id]/results'>): Promise<Metadata> {
  const { id } = await params;
  const quiz = getQuiz(id);
  return { title: quiz && `Results: ${quiz.title}` };
}

export default async function ResultsPage({ params }: PageProps<'/quiz/[id]/results'>) {
  const { id } = await params;
  const quiz = getQuiz(id);
  if (!quiz) notFound();
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">Results: {quiz.title}</h1>
      <GlossaryProvider terms={glossaryTermsIn(quizTexts(quiz))}>
        <ResultsView quiz={quiz} />
      </GlossaryProvider>
    </>
  );
}
