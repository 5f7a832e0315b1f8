import { createStore, type Store } from '../observable';
import { chooseVoice } from './chooseVoice';

/** What the browser offers for speech; absent where there is no Web Speech API (jsdom, some kiosks). */
export interface SpeechEnvironment {
  readonly synth?: SpeechSynthesis;
  readonly Utterance?: typeof SpeechSynthesisUtterance;
}

export interface ReadAloud {
  /** The device's voices, updated when they arrive (`voiceschanged`: many browsers load them late). */
  readonly voices: Store<readonly SpeechSynthesisVoice[]>;
  /** The id of what is being read now, `undefined` when silent. */
  readonly speaking: Store<string | undefined>;
  /** Starts following the device's voices; returns the function that stops it. */
  watchVoices(): () => void;
  /** Reads `text` with an on-device voice of `tag`; does nothing without one. Stops what was being read. */
  read(id: string, text: string, tag: string): void;
  /** Silence, at once (step change, page left, privacy screen). */
  stop(): void;
}

/** Read-aloud with the Web Speech API, on-device voices only (see `chooseVoice`). */
export function createReadAloud(environment: () => SpeechEnvironment): ReadAloud {
  const voices = createStore<readonly SpeechSynthesisVoice[]>([]);
  const speaking = createStore<string | undefined>(undefined);
  // Cancelling fires the old utterance's `end` later; only the current one may say it is done.
  let current: SpeechSynthesisUtterance | undefined;

  const stop = () => {
    current = undefined;
    environment().synth?.cancel();
    speaking.set(undefined);
  };

  return {
    voices,
    speaking,
    watchVoices() {
      const { synth } = environment();
      if (!synth) return () => undefined;
      const update = () => voices.set(synth.getVoices());
      update();
      synth.addEventListener('voiceschanged', update);
      return () => synth.removeEventListener('voiceschanged', update);
    },
    read(id, text, tag) {
      const { synth, Utterance } = environment();
      const voice = chooseVoice(voices.get(), tag);
      if (!synth || !Utterance || !voice) return;
      stop();
      const utterance = new Utterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      const done = () => {
        if (current !== utterance) return;
        current = undefined;
        speaking.set(undefined);
      };
      utterance.addEventListener('end', done);
      utterance.addEventListener('error', done);
      current = utterance;
      speaking.set(id);
      synth.speak(utterance);
    },
    stop,
  };
}
