import GlossaryText from '@/components/ui/GlossaryText';
import QuoteBlock from '@/components/source/QuoteBlock';
import VerdictIcon from '@/components/ui/VerdictIcon';
import type { Question } from '@/lib/content/schema';
import type { AnswerRecord } from '@/lib/progress/schema';
import { answerLines } from '@/lib/questionTypes';
import { spellOutFirst } from '@/lib/spellOut';

interface QuestionReviewProps {
  number: number;
  question: Question;
  record: AnswerRecord | undefined;
  /** The first question on the page to name the report's publisher: "ODNI" is spelled out where it first stands. */
  spellOut?: boolean;
}

export default function AnsweredQuestion({ number, question, record, spellOut = false }: QuestionReviewProps) {
  const correct = Boolean(record?.correct);
  // Said once when the answer was right: "Right answer" would only repeat it.
  const answers = answerLines(question, record);
  const spelled = spellOut ? spellOutFirst(answers) : { texts: answers, rest: false };
  const [yours, right] = spelled.texts;
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
          <dd className="inline">{yours}</dd>
        </div>
        {right !== undefined && (
          <div>
            <dt className="inline font-medium">Right answer: </dt>
            <dd className="inline">{right}</dd>
          </div>
        )}
      </dl>
      <p className="mt-2 text-slate-800">
        <GlossaryText text={question.explanation} />
      </p>
      <QuoteBlock question={question} spellOut={spelled.rest} anchor={`review-${question.id}`} />
    </article>
  );
}
