// Which of the device's voices reads a language: the one thing a play button must know before it is shown.

/** A voice as speechSynthesis lists it: what choosing one needs. */
export interface VoiceInfo {
  lang: string;
  localService: boolean;
  default: boolean;
}

/**
 * The voice for a language ("en-US"): one for the same language and region, else the same language anywhere;
 * among those the device's default, then one that runs on the device (it works offline). Null when the device has
 * none for the language, and read-aloud is not offered.
 */
export function pickVoice<V extends VoiceInfo>(voices: readonly V[], lang: string): V | null {
  const normal = (tag: string) => tag.replace('_', '-').toLowerCase();
  const wanted = normal(lang);
  const primary = wanted.split('-')[0];
  const rank = (voice: V) =>
    (normal(voice.lang) === wanted ? 4 : 0) + (voice.default ? 2 : 0) + (voice.localService ? 1 : 0);
  const candidates = voices.filter((voice) => normal(voice.lang).split('-')[0] === primary);
  return candidates.reduce<V | null>((best, voice) => (best === null || rank(voice) > rank(best) ? voice : best), null);
}
