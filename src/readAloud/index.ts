import { createReadAloud } from './createReadAloud';

export { chooseVoice } from './chooseVoice';
export { createReadAloud, type ReadAloud, type SpeechEnvironment } from './createReadAloud';

/** This page's read-aloud: one voice at a time for the whole app. */
export const readAloud = createReadAloud(() =>
  typeof speechSynthesis === 'undefined' ? {} : { synth: speechSynthesis, Utterance: SpeechSynthesisUtterance },
);

// Leaving the page (closing, reloading, another site) silences it; speech would otherwise go on.
if (typeof window !== 'undefined') window.addEventListener('pagehide', () => readAloud.stop());
