import SpeakerPassage from '@/components/source/SpeakerPassage';
import { VOICES, type Voice } from '@/lib/passages';

/** The key to the marked text: each voice's tag and pattern as the text shows them, and what it means. */
export default function SpeakerLegend({ voices }: { voices: readonly Voice[] }) {
  return (
    <ul aria-label="Who is speaking: the key" className="mt-3 space-y-2 rounded-md border border-slate-300 p-3 text-sm">
      {voices.map((voice) => (
        <li key={voice}>
          <SpeakerPassage voice={voice}>{VOICES[voice].legend}</SpeakerPassage>
        </li>
      ))}
    </ul>
  );
}
