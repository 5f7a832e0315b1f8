import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from './renderApp';
import { readAloud } from './testTablet';

const GPK = 'gehandicaptenparkeerkaart';

/** A voice as `speechSynthesis.getVoices()` gives it. */
const voice = (name: string, lang: string, localService: boolean): SpeechSynthesisVoice => ({ name, lang, localService, default: false, voiceURI: name });

/** Puts a stand-in `speechSynthesis` on the window (jsdom has none); records what it is asked to say. */
function installSpeech(voices: SpeechSynthesisVoice[]) {
  const target = new EventTarget();
  const spoken: Array<{ text: string; voice: SpeechSynthesisVoice | null; lang: string }> = [];
  let cancelled = 0;
  let current = voices;
  class Utterance extends EventTarget {
    voice: SpeechSynthesisVoice | null = null;
    lang = '';
    constructor(readonly text: string) {
      super();
    }
  }
  Object.assign(globalThis, {
    SpeechSynthesisUtterance: Utterance,
    speechSynthesis: {
      getVoices: () => current,
      speak: (utterance: Utterance) => void spoken.push(utterance),
      cancel: () => void (cancelled += 1),
      addEventListener: target.addEventListener.bind(target),
      removeEventListener: target.removeEventListener.bind(target),
    },
  });
  return {
    spoken,
    cancelled: () => cancelled,
    loadVoices(next: SpeechSynthesisVoice[]) {
      current = next;
      target.dispatchEvent(new Event('voiceschanged'));
    },
  };
}

afterEach(() => {
  readAloud.stop();
  Reflect.deleteProperty(globalThis, 'speechSynthesis');
  Reflect.deleteProperty(globalThis, 'SpeechSynthesisUtterance');
});

const readButton = () => screen.queryByRole('button', { name: /^Lees voor/ });

describe('"Lees voor" on a question', () => {
  it('stays where the browser has no speech, and pressed says plainly that this tablet has no Dutch voice', async () => {
    renderApp(`/aanvraag/${GPK}/stap/cardKind`, { permitId: GPK });
    const button = await screen.findByRole('button', { name: 'Lees voor: Welke kaart wilt u aanvragen?' });
    const status = button.nextElementSibling as HTMLElement;
    // The polite status is there, empty, before it speaks (WCAG 4.1.3).
    expect(status.getAttribute('aria-live')).toBe('polite');
    expect(status.textContent).toBe('');
    fireEvent.click(button);
    expect(status.textContent).toBe('Deze tablet heeft geen stem om Nederlands voor te lezen. Vraag de medewerker om de vraag voor te lezen.');
    expect(button.hasAttribute('aria-pressed')).toBe(false);
  });

  it('never uses a cloud voice: with only one it says there is no voice; a Dutch voice on the device, once loaded, reads', async () => {
    const speech = installSpeech([voice('Google Nederlands', 'nl-NL', false)]);
    renderApp(`/aanvraag/${GPK}/stap/cardKind`, { permitId: GPK });
    fireEvent.click(await screen.findByRole('button', { name: 'Lees voor: Welke kaart wilt u aanvragen?' }));
    expect(speech.spoken).toHaveLength(0);
    expect(screen.getByText(/^Deze tablet heeft geen stem om Nederlands voor te lezen\./)).toBeTruthy();
    speech.loadVoices([voice('Google Nederlands', 'nl-NL', false), voice('Xander', 'nl-NL', true)]);
    const button = await screen.findByRole('button', { name: 'Lees voor: Welke kaart wilt u aanvragen?', pressed: false });
    fireEvent.click(button);
    expect(speech.spoken.map((utterance) => utterance.voice?.name)).toEqual(['Xander']);
    expect(screen.queryByText(/geen stem/)).toBeNull();
  });

  it('reads the question, its hint and the choices with the local voice; pressed while reading, a second press stops', async () => {
    const local = voice('Xander', 'nl-NL', true);
    const speech = installSpeech([voice('Google Nederlands', 'nl-NL', false), local]);
    renderApp(`/aanvraag/${GPK}/stap/cardKind`, { permitId: GPK, answers: { cardKind: 'driver' } });
    const button = await screen.findByRole('button', { name: 'Lees voor: Welke kaart wilt u aanvragen?' });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(button);
    expect(speech.spoken).toHaveLength(1);
    const [utterance] = speech.spoken;
    expect(utterance?.voice).toBe(local);
    expect(utterance?.lang).toBe('nl-NL');
    expect(utterance?.text).toBe(
      'Welke kaart wilt u aanvragen? Kies de kaart die past bij hoe u met de auto reist. U kunt kiezen uit: Bestuurderskaart; Passagierskaart; Allebei: bestuurderskaart en passagierskaart.',
    );
    await waitFor(() => expect(button.getAttribute('aria-pressed')).toBe('true'));
    fireEvent.click(button);
    await waitFor(() => expect(button.getAttribute('aria-pressed')).toBe('false'));
    expect(speech.cancelled()).toBeGreaterThan(0);
  });

  it('never reads a typed answer', async () => {
    const speech = installSpeech([voice('Xander', 'nl-NL', true)]);
    renderApp(`/aanvraag/${GPK}/stap/personalDetails`, { permitId: GPK, answers: { cardKind: 'driver', applicationKind: 'first', familyName: 'Verhoeven' } });
    for (const button of await screen.findAllByRole('button', { name: /^Lees voor/ })) fireEvent.click(button);
    expect(speech.spoken.length).toBeGreaterThan(1);
    expect(speech.spoken.map((utterance) => utterance.text).join(' ')).not.toContain('Verhoeven');
  });

  it('stops when the step changes', async () => {
    const speech = installSpeech([voice('Xander', 'nl-NL', true)]);
    renderApp(`/aanvraag/${GPK}/stap/cardKind`, { permitId: GPK });
    fireEvent.click(await screen.findByRole('button', { name: /^Lees voor/ }));
    expect(readAloud.speaking.get()).toBeDefined();
    const cancelledBefore = speech.cancelled();
    fireEvent.click(screen.getByLabelText('Passagierskaart'));
    fireEvent.submit(document.querySelector('form') as HTMLFormElement);
    await waitFor(() => expect(readAloud.speaking.get()).toBeUndefined());
    expect(speech.cancelled()).toBeGreaterThan(cancelledBefore);
  });

  it('in English with only Dutch voices, says so in English; with an English voice on the device, reads with it', async () => {
    const speech = installSpeech([voice('Xander', 'nl-NL', true)]);
    renderApp(`/aanvraag/${GPK}/stap/cardKind`, { permitId: GPK });
    await screen.findByRole('button', { name: /^Lees voor/ });
    fireEvent.click(screen.getByText('Weergave en taal'));
    fireEvent.click(await screen.findByRole('radio', { name: 'English' }));
    await screen.findByRole('heading', { level: 1, name: 'Which card do you want to apply for?' }, { timeout: 10_000 });
    fireEvent.click(screen.getByRole('button', { name: 'Read aloud: Which card do you want to apply for?' }));
    expect(speech.spoken).toHaveLength(0);
    expect(screen.getByText('This tablet has no voice to read English aloud. Ask the employee to read the question to you.')).toBeTruthy();
    const english = voice('Daniel', 'en-GB', true);
    speech.loadVoices([voice('Xander', 'nl-NL', true), voice('Samantha', 'en-US', true), english]);
    fireEvent.click(await screen.findByRole('button', { name: 'Read aloud: Which card do you want to apply for?', pressed: false }));
    expect(speech.spoken.at(-1)?.voice).toBe(english);
    expect(speech.spoken.at(-1)?.lang).toBe('en-GB');
    expect(speech.spoken.at(-1)?.text).toMatch(/^Which card do you want to apply for\? /);
  });
});

describe('"Lees voor" in a repeating group', () => {
  it("reads each entry's question on its own: only the pressed button shows it is reading", async () => {
    const speech = installSpeech([voice('Xander', 'nl-NL', true)]);
    const answers = { homeAddress: { postcode: '3511 AB', houseNumber: '20', street: 'Oudegracht', city: 'Utrecht' }, permitNumber: 'first', vehicles: [{}, {}] };
    renderApp('/aanvraag/bewonersparkeervergunning/stap/vehicles', { permitId: 'bewonersparkeervergunning', answers });
    const plateButtons = await screen.findAllByRole('button', { name: /^Lees voor.*Heeft de auto een Nederlands kenteken\?/ });
    expect(plateButtons).toHaveLength(2);
    // The group's own question has a button too.
    expect(screen.getByRole('button', { name: /^Lees voor.*Voor welke auto's is de vergunning\?/ })).toBeTruthy();
    fireEvent.click(plateButtons[1] as HTMLElement);
    expect(speech.spoken.at(-1)?.text).toMatch(/^Heeft de auto een Nederlands kenteken\? /);
    await waitFor(() => expect(plateButtons[1]?.getAttribute('aria-pressed')).toBe('true'));
    expect(plateButtons[0]?.getAttribute('aria-pressed')).toBe('false');
  });
});
