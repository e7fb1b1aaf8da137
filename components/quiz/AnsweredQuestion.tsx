import GlossaryText from '@/components/ui/GlossaryText';
import QuoteBlock from '@/components/source/QuoteBlock';
import VerdictIcon from '@/components/ui/VerdictIcon';
import type { Question } from '@/lib/content/schema';
import type { AnswerRecord } from '@/lib/progress/schema';
import { choiceTexts, chosenTexts } from '@/lib/questionTypes';

interface QuestionReviewProps {
  number: number;
  question: Question;
  record: AnswerRecord | undefined;
}

export default function AnsweredQuestion({ number, question, record }: QuestionReviewProps) {
  const correct = Boolean(record?.correct);
  return (
    <article aria-labelledby={`review-${question.id}`} className="rounded-lg border border-slate-200 bg-white p-4">
      <h3 id={`review-${question.id}`} className="font-semibold">
        <span className="sr-only">Question {number}: </span>
        <GlossaryText text={question.prompt} />
      </h3>
      <p className={`mt-2 flex items-center gap-2 font-semibold ${correct ? 'text-green-800' : 'text-red-800'}`}>
        <VerdictIcon correct={correct} />
        {correct ? 'Correct' : record ? 'Incorrect' : 'Not answered'}
      </p>
      <dl className="mt-2 space-y-1">
        <div>
          <dt className="inline font-medium">Your answer: </dt>
          <dd className="inline">{record ? chosenTexts(question.choices, record.choiceIds) : '—'}</dd>
        </div>
        {/* Said once when the answer was right: "Right answer" would only repeat it. */}
        {!correct && (
          <div>
            <dt className="inline font-medium">Right answer: </dt>
            <dd className="inline">{choiceTexts(question.choices, question.answer)}</dd>
          </div>
        )}
      </dl>
      <p className="mt-2 text-slate-800">
        <GlossaryText text={question.explanation} />
      </p>
      <QuoteBlock quote={question.quote} />
    </article>
  );
}
