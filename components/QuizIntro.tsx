import Link from 'next/link';

interface QuizIntroProps {
  onStart: () => void;
  resultsHref: string | null;
}

export default function QuizIntro({ onStart, resultsHref }: QuizIntroProps) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4">
      <p>Take your time: accuracy is what counts. After each answer you will see why, in the source’s own words.</p>
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
