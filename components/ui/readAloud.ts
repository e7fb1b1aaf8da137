// The speaking half of read-aloud, loaded when a student first presses a play button. One text at a time: a
// new one cancels what is being read, and says so to the button that started it.
import { READING_SPEED_KEY, readReadingSpeed, splitSentences } from '@/lib/speech';
import { pickVoice } from '@/lib/voice';

let current: { done: () => void } | null = null;

function speed(): number {
  try {
    return Number(readReadingSpeed(window.localStorage.getItem(READING_SPEED_KEY)));
  } catch {
    return 1;
  }
}

/**
 * Reads `texts` in order, a sentence an utterance: Chrome's voices stop after about fifteen seconds of one
 * utterance, and a queue of sentences also lets Stop act at once. `done` is called once, when the last sentence
 * ends, when the reading is stopped, or when another starts.
 */
export function readAloud(texts: readonly string[], lang: string, done: () => void) {
  stopReading();
  const synth = window.speechSynthesis;
  const voice = pickVoice(synth.getVoices(), lang);
  const sentences = texts.flatMap(splitSentences);
  const rate = speed();
  const reading = { done };
  current = reading;
  const next = (index: number) => {
    if (current !== reading) return;
    const sentence = sentences[index];
    if (sentence === undefined) {
      current = null;
      done();
      return;
    }
    const utterance = new SpeechSynthesisUtterance(sentence);
    utterance.lang = voice?.lang ?? lang;
    if (voice) utterance.voice = voice;
    utterance.rate = rate;
    utterance.onend = () => next(index + 1);
    // Cancelling makes the utterance end in an error ('interrupted'): the reading has already been let go.
    utterance.onerror = () => {
      if (current === reading) stopReading();
    };
    synth.speak(utterance);
  };
  next(0);
}

export function stopReading() {
  const stopped = current;
  current = null;
  window.speechSynthesis.cancel();
  stopped?.done();
}
