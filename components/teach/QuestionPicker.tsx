'use client';

import { OWN_QUIZ_ID } from '@/lib/ownQuizzes';
import { quizRefs, type QuestionRef } from '@/lib/content/refs';
import type { Article } from '@/lib/content/article';
import type { QuizListing } from '@/lib/content/outline';
import ChoiceField from '@/components/ui/ChoiceField';
import { useState } from 'react';

interface QuestionPickerProps {
  quizzes: readonly QuizListing[];
  /** The teacher's own articles, to say which their questions on one quote. */
  articles?: readonly Article[];
  selected: ReadonlySet<QuestionRef>;
  onChange: (selected: Set<QuestionRef>) => void;
}

/** Whole quizzes with one tick, or single questions from several quizzes; the teacher's own are one quiz more. */
export default function QuestionPicker({ quizzes, articles = [], selected, onChange }: QuestionPickerProps) {
  // A quiz's questions are drawn when the teacher opens its list: closed, the bank's hundred checkboxes were most
  // of the page's elements, and React's hydrating them most of its load on a slow phone.
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (refs: QuestionRef[], on: boolean) => onChange(toggled(selected, refs, on));

  const articleTitle = (sourceId: string) => articles.find((a) => a.id === sourceId)?.citation.title;

  return (
    <div className="space-y-3">
      {quizzes.map((quiz) => {
        const refs = quizRefs(quiz);
        const count = refs.filter((ref) => selected.has(ref)).length;
        return (
          <fieldset key={quiz.id} className="rounded-md border border-slate-300 bg-white p-3">
            <legend className="px-1 font-semibold">{quiz.title}</legend>
            <ChoiceField
              type="checkbox"
              checked={count === refs.length}
              indeterminate={count > 0 && count < refs.length}
              onChange={(checked) => toggle(refs, checked)}
            >
              All {refs.length} questions ({quiz.id === OWN_QUIZ_ID ? 'written by you' : quiz.level})
            </ChoiceField>
            <details
              className="mt-1"
              // A list opened by a tap before the page hydrated had no toggle listener yet: it is drawn as found.
              ref={(details) => {
                if (details?.open && !open.has(quiz.id)) setOpen((was) => toggled(was, [quiz.id], true));
              }}
              onToggle={(event) => {
                const opened = event.currentTarget.open;
                setOpen((was) => (opened === was.has(quiz.id) ? was : toggled(was, [quiz.id], opened)));
              }}
            >
              <summary className="inline-flex min-h-11 cursor-pointer items-center text-blue-900 underline">
                Choose questions ({count} chosen)
              </summary>
              {open.has(quiz.id) && (
                <ul className="mt-1 space-y-1">
                  {quiz.questions.map((question, index) => {
                    const ref = refs[index]!;
                    return (
                      <li key={ref}>
                        <ChoiceField
                          type="checkbox"
                          checked={selected.has(ref)}
                          onChange={(checked) => toggle([ref], checked)}
                        >
                          {question.prompt}
                          {articleTitle(question.quote.sourceId) && (
                            <span className="text-slate-700"> (on “{articleTitle(question.quote.sourceId)}”)</span>
                          )}
                        </ChoiceField>
                      </li>
                    );
                  })}
                </ul>
              )}
            </details>
          </fieldset>
        );
      })}
    </div>
  );
}

/** The set with the items added, or taken out. */
function toggled<T>(set: ReadonlySet<T>, items: readonly T[], on: boolean): Set<T> {
  const next = new Set(set);
  for (const item of items) {
    if (on) next.add(item);
    else next.delete(item);
  }
  return next;
}
