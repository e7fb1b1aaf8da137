import Link from 'next/link';

interface QuizIntroProps {
  onStart: () => void;
  resultsHref: string | null;
}

export default function QuizIntro({ onStart, resultsHref }: QuizIntroProps) {
  return (
    <div className="flex flex-wrap gap-3">
      <button type="button" onClick={onStart} className="btn-primary">
        Start the quiz
      </button>
      {resultsHref && (
        <Link prefetch={false} href={resultsHref} className="btn-secondary">
          See your last results
        </Link>
      )}
    </div>
  );
}
