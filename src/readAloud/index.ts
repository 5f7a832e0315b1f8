export { browserSpeech } from './browserSpeech';
export { chooseVoice } from './chooseVoice';
export { createReadAloud, type ReadAloud, type SpeechEnvironment } from './createReadAloud';
