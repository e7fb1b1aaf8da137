import FieldProblems from '@/components/ui/FieldProblems';

/** A written part of a question (its prompt, its explanation), with what is wrong with it beside it. */
export default function QuestionTextField({
  id,
  label,
  hint,
  rows,
  maxLength,
  value,
  problems,
  onChange,
}: {
  id: string;
  label: string;
  hint?: string;
  rows: number;
  maxLength: number;
  value: string;
  problems: string[] | undefined;
  onChange: (value: string) => void;
}) {
  return (
    <>
      <label className="block">
        <span className="block font-medium">{label}</span>
        {hint && (
          <span id={`${id}-hint`} className="block text-sm text-slate-700">
            {hint}
          </span>
        )}
        <textarea
          rows={rows}
          maxLength={maxLength}
          value={value}
          aria-invalid={problems ? true : undefined}
          aria-describedby={[hint && `${id}-hint`, `${id}-problems`].filter(Boolean).join(' ')}
          onChange={(e) => onChange(e.target.value)}
          className="mt-1 w-full rounded border border-slate-400 bg-white p-2"
        />
      </label>
      <FieldProblems id={`${id}-problems`} messages={problems} />
    </>
  );
}
