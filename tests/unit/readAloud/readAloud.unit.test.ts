import { describe, expect, it } from 'vitest';
import { chooseVoice, createReadAloud } from '../../../src/readAloud';

/** A voice as `speechSynthesis.getVoices()` gives it. */
function voice(name: string, lang: string, localService: boolean, isDefault = false): SpeechSynthesisVoice {
  return { name, lang, localService, default: isDefault, voiceURI: name };
}

/** A stand-in for the browser's `speechSynthesis`: records what it is asked to say. */
function fakeSpeech(initialVoices: SpeechSynthesisVoice[]) {
  let voices = initialVoices;
  const listeners = new Set<() => void>();
  const spoken: FakeUtterance[] = [];
  let cancelled = 0;
  class FakeUtterance extends EventTarget {
    voice: SpeechSynthesisVoice | null = null;
    lang = '';
    constructor(readonly text: string) {
      super();
    }
  }
  const synth = {
    getVoices: () => voices,
    speak: (utterance: FakeUtterance) => void spoken.push(utterance),
    cancel: () => {
      cancelled += 1;
    },
    addEventListener: (_type: string, listener: () => void) => void listeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => void listeners.delete(listener),
  };
  return {
    environment: () => ({ synth: synth as unknown as SpeechSynthesis, Utterance: FakeUtterance as unknown as typeof SpeechSynthesisUtterance }),
    spoken,
    cancelled: () => cancelled,
    /** The browser has loaded its voices (many do so after the page starts). */
    loadVoices(next: SpeechSynthesisVoice[]) {
      voices = next;
      for (const listener of listeners) listener();
    },
  };
}

const cloudDutch = voice('Google Nederlands', 'nl-NL', false, true);
const localFlemish = voice('Ellen', 'nl-BE', true);
const localDutch = voice('Xander', 'nl-NL', true);
const localEnglish = voice('Daniel', 'en-GB', true);

describe('choosing a voice for read-aloud', () => {
  it('takes only a voice on the device, never a cloud voice, even when the cloud voice is the default', () => {
    expect(chooseVoice([cloudDutch, localDutch], 'nl-NL')).toBe(localDutch);
    expect(chooseVoice([cloudDutch], 'nl-NL')).toBeUndefined();
  });

  it('takes a voice of the current language: the exact region first, another region of it next', () => {
    expect(chooseVoice([localEnglish, localFlemish, localDutch], 'nl-NL')).toBe(localDutch);
    expect(chooseVoice([localEnglish, localFlemish], 'nl-NL')).toBe(localFlemish);
    expect(chooseVoice([localDutch, localFlemish], 'en-GB')).toBeUndefined();
    expect(chooseVoice([localDutch, localEnglish], 'en-GB')).toBe(localEnglish);
    expect(chooseVoice([voice('Claire', 'nl_NL', true)], 'nl-NL')?.name).toBe('Claire');
  });
});

describe('reading aloud', () => {
  it('reads with the chosen local voice in its language and says what it is reading until it ends', () => {
    const speech = fakeSpeech([cloudDutch, localDutch]);
    const readAloud = createReadAloud(speech.environment);
    readAloud.watchVoices();
    readAloud.read('q1', 'Welke kaart vraagt u aan?', 'nl-NL');
    expect(speech.spoken).toHaveLength(1);
    expect(speech.spoken[0]?.voice).toBe(localDutch);
    expect(speech.spoken[0]?.lang).toBe('nl-NL');
    expect(speech.spoken[0]?.text).toBe('Welke kaart vraagt u aan?');
    expect(readAloud.speaking.get()).toBe('q1');
    speech.spoken[0]?.dispatchEvent(new Event('end'));
    expect(readAloud.speaking.get()).toBeUndefined();
  });

  it('says nothing without a local voice of the language', () => {
    const speech = fakeSpeech([cloudDutch, localEnglish]);
    const readAloud = createReadAloud(speech.environment);
    readAloud.watchVoices();
    readAloud.read('q1', 'Welke kaart vraagt u aan?', 'nl-NL');
    expect(speech.spoken).toEqual([]);
    expect(readAloud.speaking.get()).toBeUndefined();
  });

  it('finds voices that arrive late (voiceschanged)', () => {
    const speech = fakeSpeech([]);
    const readAloud = createReadAloud(speech.environment);
    const stopWatching = readAloud.watchVoices();
    expect(chooseVoice(readAloud.voices.get(), 'nl-NL')).toBeUndefined();
    speech.loadVoices([localDutch]);
    expect(chooseVoice(readAloud.voices.get(), 'nl-NL')).toBe(localDutch);
    stopWatching();
  });

  it('stops: the old utterance ending later does not mark the new one as done', () => {
    const speech = fakeSpeech([localDutch]);
    const readAloud = createReadAloud(speech.environment);
    readAloud.watchVoices();
    readAloud.read('q1', 'Eerste vraag', 'nl-NL');
    readAloud.read('q2', 'Tweede vraag', 'nl-NL');
    expect(speech.cancelled()).toBeGreaterThan(0);
    speech.spoken[0]?.dispatchEvent(new Event('end'));
    expect(readAloud.speaking.get()).toBe('q2');
    readAloud.stop();
    expect(readAloud.speaking.get()).toBeUndefined();
  });

  it('does nothing where the browser has no speech at all', () => {
    const readAloud = createReadAloud(() => ({}));
    expect(readAloud.watchVoices()).toBeTypeOf('function');
    readAloud.read('q1', 'Vraag', 'nl-NL');
    expect(readAloud.speaking.get()).toBeUndefined();
  });
});
