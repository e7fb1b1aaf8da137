import type { Choice } from '@/lib/content/schema';
import ReadAloudButton from '@/components/ui/ReadAloudButton';
import VerdictIcon from '@/components/ui/VerdictIcon';

interface ChoiceListProps {
  name: string;
  multiple: boolean;
  choices: Choice[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  /** Once the answer is checked, each choice says whether it was right and whether it was chosen. */
  rightAnswer?: readonly string[];
}

export default function ChoiceList({ name, multiple, choices, selected, onChange, rightAnswer }: ChoiceListProps) {
  const toggle = (id: string, checked: boolean) => {
    if (!multiple) onChange([id]);
    else onChange(checked ? [...selected, id] : selected.filter((s) => s !== id));
  };

  return (
    <ul className="mt-3 space-y-2">
      {choices.map((choice) => {
        const chosen = selected.includes(choice.id);
        const right = rightAnswer?.includes(choice.id);
        return (
          <li key={choice.id} className="flex items-center gap-2">
            <label className="flex min-h-12 min-w-0 grow cursor-pointer items-center gap-3 rounded-md border-2 border-slate-300 bg-white p-3 has-checked:border-blue-800 has-checked:bg-blue-50 has-disabled:cursor-default has-focus-visible:outline-2 has-focus-visible:outline-offset-2 has-focus-visible:outline-blue-800">
              <input
                type={multiple ? 'checkbox' : 'radio'}
                name={name}
                value={choice.id}
                checked={chosen}
                onChange={(e) => toggle(choice.id, e.target.checked)}
                className="size-5 shrink-0 accent-blue-800"
              />
              <span className="min-w-0 grow">
                {choice.text}
                {rightAnswer && (right || chosen) && (
                  <span
                    className={`mt-1 flex items-center gap-1 text-sm font-semibold ${right ? 'text-green-800' : 'text-red-800'}`}
                  >
                    <VerdictIcon correct={Boolean(right)} className="size-4" />
                    {right ? (chosen ? 'Right, your choice' : 'Right answer') : 'Your choice'}
                  </span>
                )}
              </span>
            </label>
            <ReadAloudButton texts={[choice.text]} what={choice.text} />
          </li>
        );
      })}
    </ul>
  );
}
