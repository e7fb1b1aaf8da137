import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import QuizPlayer from '@/components/quiz/QuizPlayer';
import GlossaryProvider from '@/components/ui/GlossaryProvider';
import { getQuiz, glossaryTermsIn, loadQuizzes, quizTexts } from '@/lib/content/load';
import { estimatedMinutes } from '@/lib/scoring';

export const dynamicParams = false;

export function generateStaticParams() {
  return loadQuizzes().map((quiz) => ({ id: quiz.id }));
}

export async function generateMetadata({ params }: PageProps<'/quiz/[id]'>): Promise<Metadata> {
  const { id } = await params;
  return { title: getQuiz(id)?.title };
}

export default async function QuizPage({ params }: PageProps<'/quiz/[id]'>) {
  const { id } = await params;
  const quiz = getQuiz(id);
  if (!quiz) notFound();
  return (
    <>
      <h1 className="text-2xl font-bold">{quiz.title}</h1>
      <GlossaryProvider terms={glossaryTermsIn(quizTexts(quiz))}>
        <QuizPlayer
          quiz={quiz}
          intro={
            <>
              <p className="mt-1 text-slate-700">{quiz.summary}</p>
              <p className="mt-1 mb-4 text-sm text-slate-600">
                {quiz.questions.length} questions · about {estimatedMinutes(quiz.questions.length)} min · no timer:
                accuracy is what counts, and every answer is explained in the source’s own words.
              </p>
            </>
          }
        />
      </GlossaryProvider>
    </>
  );
}
