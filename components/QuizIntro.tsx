import Link from 'next/link';
import { estimatedMinutes } from '@/lib/scoring';

interface QuizIntroProps {
  questionCount: number;
  onStart: () => void;
  resultsHref: string | null;
}

export default function QuizIntro({ questionCount, onStart, resultsHref }: QuizIntroProps) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4">
      <p>
        {questionCount} questions, about {estimatedMinutes(questionCount)} minutes. There is no timer: take your time.
        After each answer you will see why, in the source’s own words.
      </p>
      <div className="mt-4 flex flex-wrap gap-3">
        <button type="button" onClick={onStart} className="btn-primary">
          Start the quiz
        </button>
        {resultsHref && (
          <Link href={resultsHref} className="btn-secondary">
            See your last results
          </Link>
        )}
      </div>
    </div>
  );
}
