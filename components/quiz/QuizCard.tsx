import PageLink from '@/components/ui/PageLink';
import QuizStatus from '@/components/quiz/QuizStatus';
import type { Quiz } from '@/lib/content/schema';
import { estimatedMinutes } from '@/lib/scoring';
import { quizLink } from '@/lib/links';

const LEVEL_LABELS = { intro: 'Intro', core: 'Core', challenge: 'Challenge' } as const;

export default function QuizCard({ quiz }: { quiz: Quiz }) {
  const count = quiz.questions.length;
  return (
    <article className="relative rounded-lg border border-slate-200 bg-white p-4 shadow-sm focus-within:ring-2 focus-within:ring-blue-800">
      <h2 className="text-lg font-semibold">
        <PageLink
          href={quizLink(quiz.id)}
          className="text-blue-900 underline-offset-2 after:absolute after:inset-0 hover:underline focus:outline-none"
        >
          {quiz.title}
        </PageLink>
      </h2>
      <p className="mt-1 text-slate-700">{quiz.summary}</p>
      <p className="mt-2 text-sm text-slate-600">
        {LEVEL_LABELS[quiz.level]} · {quiz.topic} · {count} questions · about {estimatedMinutes(count)} min
      </p>
      <QuizStatus quizId={quiz.id} questionCount={count} />
    </article>
  );
}
