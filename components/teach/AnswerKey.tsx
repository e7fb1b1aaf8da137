'use client';

import { useMemo } from 'react';
import AssignmentDetails from '@/components/assignment/AssignmentDetails';
import QuoteBlock from '@/components/source/QuoteBlock';
import UserText from '@/components/ui/UserText';
import { useLocationHash } from '@/hooks/useLocationHash';
import { assignmentPool, decodeAssignment } from '@/lib/assignment';
import { questionLookup } from '@/lib/content/refs';
import type { Quiz } from '@/lib/content/schema';
import { choiceTexts } from '@/lib/questionTypes';

/** Every question in the pool with its answer and quote, laid out to print. */
export default function AnswerKey({ quizzes }: { quizzes: Quiz[] }) {
  const hash = useLocationHash();
  const lookup = useMemo(() => questionLookup(quizzes), [quizzes]);
  const decoded = hash === null ? null : decodeAssignment(hash);
  const pool = decoded?.ok ? assignmentPool(decoded.value, quizzes) : null;

  if (decoded === null) return <p>Opening the assignment…</p>;
  if (!decoded.ok || !pool?.ok) {
    return (
      <>
        <h1 className="text-2xl font-bold">Print view and answer key</h1>
        <div role="alert" className="mt-4 rounded-md border border-amber-400 bg-amber-50 p-4">
          <h2 className="font-semibold">This assignment link cannot be opened</h2>
          <p className="mt-1">{!decoded.ok ? decoded.reason : pool?.ok === false ? pool.reason : ''}</p>
        </div>
      </>
    );
  }
  const assignment = decoded.value;
  return (
    <article>
      <h1 className="text-2xl font-bold">
        {assignment.title ? <UserText>{assignment.title}</UserText> : 'SourceCheck assignment'}: answer key
      </h1>
      <div className="mt-4">
        <AssignmentDetails
          assignment={assignment}
          questionCount={Math.min(assignment.draw ?? pool.value.length, pool.value.length)}
        />
      </div>
      {assignment.draw && (
        <p className="mt-3">
          Each student gets {assignment.draw} of these {pool.value.length} questions, drawn for their name.
        </p>
      )}
      <button type="button" className="btn-primary mt-4 print:hidden" onClick={() => window.print()}>
        Print
      </button>
      <ol className="mt-6 space-y-6">
        {pool.value.map((ref) => {
          const question = lookup.get(ref);
          if (!question) return null;
          return (
            <li key={ref} className="break-inside-avoid">
              <h2 className="font-semibold">{question.prompt}</h2>
              <ul className="mt-1 list-disc pl-6">
                {question.choices.map((choice) => (
                  <li key={choice.id}>
                    {choice.text}
                    {question.answer.includes(choice.id) && <strong> (right answer)</strong>}
                  </li>
                ))}
              </ul>
              <p className="mt-1">
                <span className="font-medium">Answer:</span> {choiceTexts(question.choices, question.answer)}.{' '}
                {question.explanation}
              </p>
              <QuoteBlock quote={question.quote} />
            </li>
          );
        })}
      </ol>
    </article>
  );
}
