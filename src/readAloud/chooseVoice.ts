/**
 * The voice to read a language with: only a voice on the device (`localService`), because a
 * cloud voice would send the answers off the tablet, to a company the municipality has no contract with. One for the
 * exact tag ("nl-NL") first, then another of the same language ("nl-BE"); the device's default
 * before others. `undefined` when the device has none: then there is no read-aloud button.
 */
export function chooseVoice(voices: readonly SpeechSynthesisVoice[], tag: string): SpeechSynthesisVoice | undefined {
  const wanted = normalise(tag);
  const language = wanted.split('-')[0];
  const local = voices.filter((voice) => voice.localService && normalise(voice.lang).split('-')[0] === language);
  const rank = (voice: SpeechSynthesisVoice) => (normalise(voice.lang) === wanted ? 0 : 2) + (voice.default ? 0 : 1);
  return [...local].sort((a, b) => rank(a) - rank(b))[0];
}

/** Some platforms write "nl_NL" or "NL-nl". */
function normalise(tag: string): string {
  return tag.replace(/_/g, '-').toLowerCase();
}
