import type { ReactNode } from 'react';

interface ChoiceFieldProps {
  type: 'radio' | 'checkbox';
  /** Radios of one group share a name. */
  name?: string;
  checked: boolean;
  /** A checkbox that stands for a group some of whose members are checked. */
  indeterminate?: boolean;
  onChange: (checked: boolean) => void;
  /** What the choice is; a long one wraps beside the box, which stays at its first line. */
  children: ReactNode;
}

/** One radio or checkbox with its words, the whole row a target at least 44 px tall. */
export default function ChoiceField({ type, name, checked, indeterminate, onChange, children }: ChoiceFieldProps) {
  return (
    <label className="flex min-h-11 items-start gap-3 py-2.5">
      <input
        type={type}
        name={name}
        className="size-6 shrink-0 accent-blue-800"
        checked={checked}
        ref={
          indeterminate === undefined
            ? undefined
            : (element) => {
                if (element) element.indeterminate = indeterminate;
              }
        }
        onChange={(event) => onChange(event.target.checked)}
      />
      <span className="min-w-0">{children}</span>
    </label>
  );
}
