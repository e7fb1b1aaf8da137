import { useState } from 'react';
import ChoiceField from '@/components/ui/ChoiceField';
import { READING_SPEEDS, READING_SPEED_KEY, readReadingSpeed, type ReadingSpeed } from '@/lib/speech';

const LABELS: Record<ReadingSpeed, string> = { '1': 'Usual', '0.75': 'Slower', '1.25': 'Faster', '1.5': 'Fastest' };

function readKept(): ReadingSpeed {
  try {
    return readReadingSpeed(window.localStorage.getItem(READING_SPEED_KEY));
  } catch {
    return '1';
  }
}

/** How fast Read aloud reads, kept on the device; `onKept` says whether the device kept it. */
export default function ReadingSpeedField({ id, onKept }: { id: string; onKept: (kept: boolean) => void }) {
  const [speed, setSpeed] = useState(readKept);
  const change = (next: ReadingSpeed) => {
    setSpeed(next);
    try {
      window.localStorage.setItem(READING_SPEED_KEY, next);
      onKept(true);
    } catch {
      onKept(false);
    }
  };
  return (
    <fieldset className="mt-3" aria-describedby={id}>
      <legend className="font-medium">Reading speed</legend>
      <p id={id} className="text-sm text-slate-700">
        How fast the Read aloud buttons read, in this device’s own voice.
      </p>
      <div className="flex flex-wrap gap-x-4">
        {READING_SPEEDS.map((value) => (
          <ChoiceField key={value} type="radio" name={id} checked={speed === value} onChange={() => change(value)}>
            {LABELS[value]}
          </ChoiceField>
        ))}
      </div>
    </fieldset>
  );
}
