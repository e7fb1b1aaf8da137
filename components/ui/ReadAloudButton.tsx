'use client';

import { useState, useSyncExternalStore } from 'react';
import { pickVoice } from '@/lib/voice';

/** The content's language: every quiz and source is in American English. */
const LANG = 'en-US';

function subscribeVoices(onChange: () => void) {
  const synth = typeof window === 'undefined' ? undefined : window.speechSynthesis;
  // The voice list may arrive after the page: Chrome fills it in and then fires voiceschanged.
  synth?.addEventListener('voiceschanged', onChange);
  return () => synth?.removeEventListener('voiceschanged', onChange);
}

const hasVoice = () => {
  const synth = window.speechSynthesis as SpeechSynthesis | undefined;
  return synth !== undefined && pickVoice(synth.getVoices(), LANG) !== null;
};

/**
 * Reads `texts` aloud, or stops. Shown only once the device has a voice for the language, so a device without one
 * shows nothing rather than a button that does nothing. The speaking code loads on the first press.
 */
export default function ReadAloudButton({ texts, what }: { texts: readonly string[]; what: string }) {
  const available = useSyncExternalStore(subscribeVoices, hasVoice, () => false);
  const [reading, setReading] = useState(false);
  if (!available) return null;
  const toggle = async () => {
    const { readAloud, stopReading } = await import('./readAloud');
    if (reading) {
      stopReading();
      return;
    }
    setReading(true);
    readAloud(texts, LANG, () => setReading(false));
  };
  return (
    <button
      type="button"
      onClick={toggle}
      aria-label={`${reading ? 'Stop reading' : 'Read aloud'}: ${what}`}
      className="btn-secondary min-h-11 shrink-0 px-3 text-sm"
    >
      {reading ? 'Stop reading' : 'Read aloud'}
    </button>
  );
}
