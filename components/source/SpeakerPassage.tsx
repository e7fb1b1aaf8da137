import type { ReactNode } from 'react';
import { VOICES, type Voice } from '@/lib/passages';

/**
 * Each voice by pattern as well as colour, for a student who does not tell the colours apart or prints in grey:
 * a solid line under the report's words, dashed under officials', dotted under a claim, none under NPR's own.
 */
export const VOICE_STYLES: Record<Voice, string> = {
  report: 'border-b-2 border-solid border-blue-700 bg-blue-50',
  npr: '',
  'us-officials': 'border-b-2 border-dashed border-green-700 bg-green-50',
  'election-officials': 'border-b-2 border-dashed border-green-700 bg-green-50',
  claim: 'border-b-2 border-dotted border-red-700 bg-red-50',
};

/** One passage of the source, with its speaker named at its start. */
export default function SpeakerPassage({ voice, children }: { voice: Voice; children: ReactNode }) {
  return (
    <span data-voice={voice} className={`box-decoration-clone ${VOICE_STYLES[voice]}`}>
      <span className="mx-0.5 rounded bg-slate-200 px-1 font-sans text-xs font-semibold text-slate-900">
        {VOICES[voice].tag}
        <span className="sr-only">:</span>
      </span>{' '}
      {children}
    </span>
  );
}
