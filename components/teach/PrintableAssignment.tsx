'use client';

import { useMemo, useState } from 'react';
import LmsDownloads from '@/components/teach/LmsDownloads';
import QuoteBlock from '@/components/source/QuoteBlock';
import ChoiceField from '@/components/ui/ChoiceField';
import UserText from '@/components/ui/UserText';
import { useLocationHash } from '@/hooks/useLocationHash';
import { assignmentPool } from '@/lib/assignment';
import { decodeAssignment } from '@/lib/assignmentLink';
import { questionLookup } from '@/lib/content/refs';
import type { Quiz } from '@/lib/content/schema';
import { formatDate } from '@/lib/format';
import { choiceTexts, QUESTION_INSTRUCTIONS } from '@/lib/questionTypes';

type Copy = 'key' | 'student';

/**
 * Every question in the assignment's pool laid out to print: the answer key with each answer and its quote, or the
 * student copy with the questions and a box for each choice, and no answers anywhere.
 */
export default function PrintableAssignment({ quizzes }: { quizzes: Quiz[] }) {
  const hash = useLocationHash();
  const lookup = useMemo(() => questionLookup(quizzes), [quizzes]);
  const [copy, setCopy] = useState<Copy>('key');
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
  const count = Math.min(assignment.draw ?? pool.value.length, pool.value.length);
  const facts = [
    assignment.className,
    assignment.due && `due ${formatDate(assignment.due)}`,
    `${count} ${count === 1 ? 'question' : 'questions'}`,
  ].filter(Boolean);
  return (
    <article>
      <h1 className="text-2xl font-bold">
        {assignment.title ? <UserText>{assignment.title}</UserText> : 'SourceCheck assignment'}
        {copy === 'key' && ': answer key'}
      </h1>
      <p className="mt-1 text-slate-700">
        <UserText>{facts.join(' · ')}</UserText>
      </p>
      {assignment.draw && (
        <p className="mt-1">
          Each student gets {assignment.draw} of these {pool.value.length} questions, drawn for their name.
        </p>
      )}
      <div className="mt-4 space-y-4 print:hidden">
        <fieldset>
          <legend className="font-medium">What to print</legend>
          <ChoiceField type="radio" name="copy" checked={copy === 'key'} onChange={() => setCopy('key')}>
            The answer key: each answer, why, and the source’s words
          </ChoiceField>
          <ChoiceField type="radio" name="copy" checked={copy === 'student'} onChange={() => setCopy('student')}>
            A student copy: the questions and choices, with room to answer and no answers
          </ChoiceField>
        </fieldset>
        <button type="button" className="btn-primary" onClick={() => window.print()}>
          Print
        </button>
        <LmsDownloads assignment={assignment} quizzes={quizzes} />
      </div>
      {copy === 'student' && <p className="mt-6 text-lg">Name: ________________________________</p>}
      <ol className="mt-6 list-decimal space-y-6 pl-6">
        {pool.value.map((ref) => {
          const question = lookup.get(ref);
          if (!question) return null;
          return (
            <li key={ref} className="break-inside-avoid">
              <h2 className="font-semibold">{question.prompt}</h2>
              {copy === 'student' ? (
                <>
                  <p className="text-sm text-slate-700">{QUESTION_INSTRUCTIONS[question.type]}</p>
                  <ul className="mt-1 space-y-1">
                    {question.choices.map((choice) => (
                      <li key={choice.id} className="flex gap-2">
                        <span
                          aria-hidden="true"
                          className="mt-0.5 inline-block size-5 shrink-0 border border-slate-700"
                        />
                        {choice.text}
                      </li>
                    ))}
                  </ul>
                </>
              ) : (
                <>
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
                  <QuoteBlock question={question} />
                </>
              )}
            </li>
          );
        })}
      </ol>
    </article>
  );
}
