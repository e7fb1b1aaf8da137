import PageLink from '@/components/ui/PageLink';

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
        <PageLink href={resultsHref} className="btn-secondary">
          See your last results
        </PageLink>
      )}
    </div>
  );
}
