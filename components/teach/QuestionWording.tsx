import ChoicesEditor from '@/components/teach/ChoicesEditor';
import QuestionTextField from '@/components/teach/QuestionTextField';
import FieldProblems from '@/components/ui/FieldProblems';
import type { Question } from '@/lib/content/schema';

type Wording = Pick<Question, 'prompt' | 'type' | 'choices' | 'answer' | 'explanation'>;

/** What a question says: its prompt, its choices and key, and the explanation shown after the answer. */
export default function QuestionWording({
  id,
  draft,
  onChange,
  problems,
  sourceName,
  speakers,
}: {
  id: string;
  draft: Wording;
  onChange: (change: Partial<Wording>) => void;
  /** The problems to show beside a field, by its name. */
  problems: (field: string) => string[] | undefined;
  /** Whose own words a quotation in the explanation must be: "the source", "the article". */
  sourceName: string;
  /** The speakers a speaker question may offer, where not the bank's. */
  speakers?: Question['choices'];
}) {
  return (
    <>
      <QuestionTextField
        id={`${id}-prompt`}
        label="Prompt"
        rows={3}
        maxLength={600}
        value={draft.prompt}
        problems={problems('prompt')}
        onChange={(prompt) => onChange({ prompt })}
      />
      <ChoicesEditor question={draft} onChange={onChange} describedBy={`${id}-choices-problems`} speakers={speakers} />
      <FieldProblems
        id={`${id}-choices-problems`}
        messages={[...(problems('choices') ?? []), ...(problems('answer') ?? [])]}
      />
      <QuestionTextField
        id={`${id}-explanation`}
        label="Explanation"
        hint={`Shown after the answer. Words in quotation marks must be ${sourceName}’s own.`}
        rows={4}
        maxLength={1200}
        value={draft.explanation}
        problems={problems('explanation')}
        onChange={(explanation) => onChange({ explanation })}
      />
    </>
  );
}
