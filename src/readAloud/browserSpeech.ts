import type { SpeechEnvironment } from './createReadAloud';

/**
 * The browser's speech, looked up at every use rather than once: it may be missing (jsdom, some
 * kiosk browsers), and a test puts a stand-in in place after the app has started.
 */
export function browserSpeech(): SpeechEnvironment {
  return typeof speechSynthesis === 'undefined' ? {} : { synth: speechSynthesis, Utterance: SpeechSynthesisUtterance };
}
