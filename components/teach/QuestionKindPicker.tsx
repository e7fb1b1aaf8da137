import ChoiceField from '@/components/ui/ChoiceField';
import type { QuestionType } from '@/lib/content/schema';
import { QUESTION_INSTRUCTIONS } from '@/lib/questionTypes';

const KIND_NAMES: Record<QuestionType, string> = {
  single: 'One right answer',
  multi: 'Select all that apply',
  'true-false': 'True or false',
  speaker: 'Who is speaking',
  evidence: 'Finding or claim',
};

/** The kind of question being written, each with the instruction its students see. */
export default function QuestionKindPicker({
  name,
  value,
  onChange,
}: {
  name: string;
  value: QuestionType;
  onChange: (type: QuestionType) => void;
}) {
  return (
    <fieldset>
      <legend className="font-medium">Kind of question</legend>
      {(Object.keys(KIND_NAMES) as QuestionType[]).map((type) => (
        <ChoiceField key={type} type="radio" name={name} checked={value === type} onChange={() => onChange(type)}>
          {KIND_NAMES[type]} <span className="text-sm text-slate-700">({QUESTION_INSTRUCTIONS[type]})</span>
        </ChoiceField>
      ))}
    </fieldset>
  );
}
