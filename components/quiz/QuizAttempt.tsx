'use client';

import AttemptView from '@/components/quiz/AttemptView';
import { questionRef } from '@/lib/content/refs';
import type { Quiz } from '@/lib/content/schema';
import type { Slot } from '@/lib/progress/constants';
import type { Attempt } from '@/lib/progress/schema';
import { practiceQuestion } from '@/lib/questionTypes';

interface QuizAttemptProps {
  quiz: Quiz;
  slot: Slot;
  attempt: Attempt;
  announce: (message: string) => void;
  onFinish: () => void;
  focusFirstQuestion: boolean;
}

/** A practice attempt at a quiz: its questions, each with its choices in the order this student sees them. */
export default function QuizAttempt({ quiz, attempt, ...props }: QuizAttemptProps) {
  return (
    <div className="mt-2">
      {attempt.kind === 'missed' && (
        <p className="mb-2 text-sm font-medium text-slate-700">Retrying the questions you missed</p>
      )}
      <AttemptView
        {...props}
        attempt={attempt}
        questionFor={(id) => {
          const question = quiz.questions.find((q) => q.id === id);
          return question && practiceQuestion(question, attempt.startedAt, questionRef(quiz.id, id));
        }}
      />
    </div>
  );
}
