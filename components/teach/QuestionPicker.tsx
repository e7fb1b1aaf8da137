'use client';

import { OWN_QUIZ_ID } from '@/lib/ownQuizzes';
import { quizRefs, type QuestionRef } from '@/lib/content/refs';
import type { Article } from '@/lib/content/article';
import type { QuizListing } from '@/lib/content/outline';
import ChoiceField from '@/components/ui/ChoiceField';
import Disclosure from '@/components/ui/Disclosure';

interface QuestionPickerProps {
  quizzes: readonly QuizListing[];
  /** The teacher's own articles, to say which their questions on one quote. */
  articles?: readonly Article[];
  selected: ReadonlySet<QuestionRef>;
  onChange: (selected: Set<QuestionRef>) => void;
}

/** Whole quizzes with one tick, or single questions from several quizzes; the teacher's own are one quiz more. */
export default function QuestionPicker({ quizzes, articles = [], selected, onChange }: QuestionPickerProps) {
  const toggle = (refs: QuestionRef[], on: boolean) => {
    const next = new Set(selected);
    for (const ref of refs) {
      if (on) next.add(ref);
      else next.delete(ref);
    }
    onChange(next);
  };

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
            {/* A quiz's questions are drawn when its list opens: closed, the bank's hundred checkboxes were most of the
                page's elements, and React's hydrating them most of its load on a slow phone. */}
            <Disclosure
              className="mt-1"
              summaryClassName="inline-flex min-h-11 cursor-pointer items-center text-blue-900 underline"
              summary={`Choose questions (${count} chosen)`}
            >
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
            </Disclosure>
          </fieldset>
        );
      })}
    </div>
  );
}
