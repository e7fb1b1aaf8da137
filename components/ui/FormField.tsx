import { useId } from 'react';

interface FormFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  type?: 'text' | 'email' | 'date';
  maxLength?: number;
  autoComplete?: string;
}

export default function FormField({
  label,
  value,
  onChange,
  error,
  hint,
  type = 'text',
  maxLength,
  autoComplete,
}: FormFieldProps) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      )}
      <input
        id={id}
        type={type}
        value={value}
        maxLength={maxLength}
        autoComplete={autoComplete ?? 'off'}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hint && `${id}-hint`, `${id}-error`].filter(Boolean).join(' ')}
        onChange={(e) => onChange(e.target.value)}
        className="mt-1 min-h-11 w-full rounded border border-slate-400 bg-white px-3 aria-invalid:border-red-700"
      />
      <p id={`${id}-error`} className="text-sm font-medium text-red-800">
        {error}
      </p>
    </div>
  );
}
