import QuizCard from '@/components/quiz/QuizCard';
import ResetProgress from '@/components/progress/ResetProgress';
import ReviewDueLink from '@/components/progress/ReviewDueLink';
import { loadQuizzes } from '@/lib/content/load';

export default function CataloguePage() {
  const quizzes = loadQuizzes();
  return (
    <>
      <h1 className="text-2xl font-bold">Check the claims, in the source’s own words</h1>
      <p className="mt-2 text-slate-700">
        Quizzes on the U.S. intelligence community’s March 2021 report on foreign threats to the 2020 election, as
        reported by NPR. Every answer is explained with a quote from the source and who said it.
      </p>
      <ReviewDueLink />
      <ul className="mt-4 space-y-4" aria-label="Quizzes">
        {quizzes.map((quiz) => (
          <li key={quiz.id}>
            <QuizCard quiz={quiz} />
          </li>
        ))}
      </ul>
      <ResetProgress />
    </>
  );
}
