'use client';

import ChoiceField from '@/components/ui/ChoiceField';
import type { Question } from '@/lib/content/schema';
import { BANK_CHOICE_START } from '@/lib/teacherQuestions';

const MAX_CHOICES = 8;

/** The next choice id not yet used: a, b, c… so a reworded choice can keep its id and a new one takes a new id. */
function nextId(choices: Question['choices']): string {
  const used = new Set(choices.map((c) => c.id));
  return [...'abcdefghijklmnopqrstuvwxyz'].find((letter) => !used.has(letter)) ?? `c${choices.length + 1}`;
}

/**
 * A question's choices and its key. Written choices for single and select-all questions; the fixed pair for
 * true-false and finding-or-claim; for a speaker question, which speakers to offer.
 */
export default function ChoicesEditor({
  question,
  onChange,
  describedBy,
  speakers = BANK_CHOICE_START.speakers,
}: {
  question: Pick<Question, 'type' | 'choices' | 'answer'>;
  onChange: (change: Pick<Question, 'choices' | 'answer'>) => void;
  /** The id of what is wrong with the choices, said with each. */
  describedBy: string;
  /** The speakers a speaker question may offer: the bank's, or those of the teacher's article. */
  speakers?: Question['choices'];
}) {
  const { type, choices, answer } = question;
  const multi = type === 'multi';
  const keyed = (id: string, on: boolean) =>
    onChange({ choices, answer: multi ? (on ? [...answer, id] : answer.filter((a) => a !== id)) : on ? [id] : [] });

  if (type === 'speaker') {
    const offered = new Set(choices.map((c) => c.id));
    return (
      <div className="space-y-2">
        <fieldset>
          <legend className="font-medium">Speakers to offer</legend>
          {speakers.map((speaker) => (
            <ChoiceField
              key={speaker.id}
              type="checkbox"
              checked={offered.has(speaker.id)}
              onChange={(on) =>
                onChange({
                  choices: speakers.filter((c) => (c.id === speaker.id ? on : offered.has(c.id))),
                  answer: on ? answer : answer.filter((a) => a !== speaker.id),
                })
              }
            >
              {speaker.text}
            </ChoiceField>
          ))}
        </fieldset>
        <fieldset>
          <legend className="font-medium">Who is speaking (the right answer)</legend>
          {choices.map((choice) => (
            <ChoiceField
              key={choice.id}
              type="radio"
              name="key"
              checked={answer.includes(choice.id)}
              onChange={(on) => keyed(choice.id, on)}
            >
              {choice.text}
            </ChoiceField>
          ))}
        </fieldset>
      </div>
    );
  }

  const fixed = type === 'true-false' || type === 'evidence';
  return (
    <fieldset className="space-y-2">
      <legend className="font-medium">Choices, and which {multi ? 'are' : 'is'} right</legend>
      <ol className="space-y-2">
        {choices.map((choice, index) => (
          <li key={choice.id} className="flex flex-wrap items-center gap-2">
            <ChoiceField
              type={multi ? 'checkbox' : 'radio'}
              name="key"
              checked={answer.includes(choice.id)}
              onChange={(on) => keyed(choice.id, on)}
            >
              <span className={fixed ? '' : 'sr-only'}>{fixed ? choice.text : `Choice ${index + 1} is right`}</span>
            </ChoiceField>
            {!fixed && (
              <>
                <input
                  aria-label={`Choice ${index + 1}`}
                  aria-describedby={describedBy}
                  value={choice.text}
                  maxLength={300}
                  onChange={(e) =>
                    onChange({
                      choices: choices.map((c) => (c.id === choice.id ? { ...c, text: e.target.value } : c)),
                      answer,
                    })
                  }
                  className="min-h-11 min-w-0 flex-1 rounded border border-slate-400 bg-white px-3"
                />
                <button
                  type="button"
                  className="btn-secondary"
                  disabled={choices.length <= 2}
                  onClick={() =>
                    onChange({
                      choices: choices.filter((c) => c.id !== choice.id),
                      answer: answer.filter((a) => a !== choice.id),
                    })
                  }
                >
                  Remove<span className="sr-only"> choice {index + 1}</span>
                </button>
              </>
            )}
          </li>
        ))}
      </ol>
      {!fixed && choices.length < MAX_CHOICES && (
        <button
          type="button"
          className="btn-secondary"
          onClick={() => onChange({ choices: [...choices, { id: nextId(choices), text: '' }], answer })}
        >
          Add a choice
        </button>
      )}
    </fieldset>
  );
}
