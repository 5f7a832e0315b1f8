import { afterEach, describe, expect, it } from 'vitest';
import { displayPreferences, keepPreferencesForVisit, language, resetPreferences } from '../../../src/preferences';

/** A `sessionStorage` of its own per test (Node has none). */
function memoryStorage(initial: Record<string, string> = {}): Storage {
  const values = new Map(Object.entries(initial));
  return {
    get length() {
      return values.size;
    },
    clear: () => values.clear(),
    getItem: (key) => values.get(key) ?? null,
    key: (index) => [...values.keys()][index] ?? null,
    removeItem: (key) => void values.delete(key),
    setItem: (key, value) => void values.set(key, value),
  };
}

let stop: () => void = () => undefined;
afterEach(() => {
  stop();
  resetPreferences();
});

describe('the visit’s display preferences', () => {
  it('start in Dutch with normal text and the device’s own contrast', () => {
    stop = keepPreferencesForVisit(memoryStorage());
    expect(language.get()).toBe('nl');
    expect(displayPreferences.get()).toEqual({ textSize: 'normal', contrast: 'system', dutchAlongside: false });
  });

  it('are kept in the tab’s session while they change, and come back after a reload', () => {
    const storage = memoryStorage();
    stop = keepPreferencesForVisit(storage);
    language.set('en');
    displayPreferences.set({ textSize: 'largest', contrast: 'high', dutchAlongside: true });
    stop();
    resetPreferences();
    // A reload: the stores start over, the session storage is still there.
    stop = keepPreferencesForVisit(storage);
    expect(language.get()).toBe('en');
    expect(displayPreferences.get()).toEqual({ textSize: 'largest', contrast: 'high', dutchAlongside: true });
  });

  it('reset at "Stoppen en wissen", also in the session storage, so the next person starts plain', () => {
    const storage = memoryStorage();
    stop = keepPreferencesForVisit(storage);
    language.set('en');
    displayPreferences.set({ textSize: 'larger', contrast: 'high', dutchAlongside: true });
    resetPreferences();
    expect(language.get()).toBe('nl');
    expect(displayPreferences.get()).toEqual({ textSize: 'normal', contrast: 'system', dutchAlongside: false });
    stop();
    stop = keepPreferencesForVisit(storage);
    expect(language.get()).toBe('nl');
    expect(displayPreferences.get().textSize).toBe('normal');
  });

  it('ignore what they do not know (an old or tampered value) and keep the rest', () => {
    stop = keepPreferencesForVisit(memoryStorage({ 'hulploket.preferences': JSON.stringify({ language: 'xx', textSize: 'huge', contrast: 'high' }) }));
    expect(language.get()).toBe('nl');
    expect(displayPreferences.get()).toEqual({ textSize: 'normal', contrast: 'high', dutchAlongside: false });
    stop();
    stop = keepPreferencesForVisit(memoryStorage({ 'hulploket.preferences': '{not json' }));
    expect(displayPreferences.get().contrast).toBe('high');
  });
});
