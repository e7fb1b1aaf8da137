import type { Question } from '@/lib/content/schema';
import type { Attempt } from '@/lib/progress/schema';
import { chosenTexts } from '@/lib/questionTypes';
import { useFocusWhen } from '@/hooks/useFocusWhen';

interface HandInSummaryProps {
  attempt: Attempt;
  questionFor: (ref: string) => Question | undefined;
  onChange: (ref: string) => void;
  onHandIn: () => void;
  takeFocus: boolean;
}

/** Every answer of an assessment, as the student gave it and nothing more, to change any of them before handing in. */
export default function HandInSummary({ attempt, questionFor, onChange, onHandIn, takeFocus }: HandInSummaryProps) {
  const heading = useFocusWhen<HTMLHeadingElement>(takeFocus);
  return (
    <section aria-labelledby="hand-in-heading">
      <h2
        id="hand-in-heading"
        ref={heading}
        tabIndex={-1}
        className="text-xl font-semibold focus:outline-2 focus:outline-offset-4 focus:outline-blue-800"
      >
        Your answers, before you hand in
      </h2>
      <p className="mt-1 text-slate-700">
        Change any answer you like. Once you hand in, you see which were right, with the source’s words, and your
        answers can no longer change.
      </p>
      <ol className="mt-4 space-y-3">
        {attempt.questionIds.map((ref, index) => {
          const question = questionFor(ref);
          const record = attempt.answers[ref];
          return question ? (
            <li key={ref} className="rounded-lg border border-slate-200 bg-white p-4">
              <p className="font-semibold">
                {index + 1}. {question.prompt}
              </p>
              <p className="mt-1">
                <span className="font-medium">Your answer: </span>
                {record ? chosenTexts(question.choices, record.choiceIds) : 'not answered'}
              </p>
              <button
                type="button"
                className="btn-secondary mt-2"
                aria-label={`Change your answer to question ${index + 1}`}
                onClick={() => onChange(ref)}
              >
                Change
              </button>
            </li>
          ) : null;
        })}
      </ol>
      <button type="button" className="btn-primary mt-6 w-full sm:w-auto" onClick={onHandIn}>
        Hand in
      </button>
    </section>
  );
}
