import { locales } from '../i18n';
import { contrasts, displayPreferences, textSizes } from './displayPreferences';
import { language } from './language';

/** The one key this visit's choices live under in `sessionStorage`. */
const KEY = 'hulploket.preferences';

/**
 * Brings back this visit's language and display choices after a reload, and keeps them while
 * they change. `sessionStorage` ends with the tab, and "Stoppen en wissen" resets them
 * (`resetPreferences`): the next person at a shared tablet starts plain. Returns the unsubscribe.
 */
export function keepPreferencesForVisit(storage: Storage): () => void {
  const stored = read(storage);
  if (typeof stored.language === 'string' && locales.includes(stored.language)) language.set(stored.language);
  const textSize = textSizes.find((size) => size === stored.textSize);
  const contrast = contrasts.find((value) => value === stored.contrast);
  displayPreferences.set({ ...displayPreferences.get(), ...(textSize ? { textSize } : {}), ...(contrast ? { contrast } : {}), dutchAlongside: stored.dutchAlongside === true });

  const write = () => {
    try {
      storage.setItem(KEY, JSON.stringify({ language: language.get(), ...displayPreferences.get() }));
    } catch {
      // Storage full or refused: the choices still hold in memory for this page.
    }
  };
  const unsubscribers = [language.subscribe(write), displayPreferences.subscribe(write)];
  return () => unsubscribers.forEach((unsubscribe) => unsubscribe());
}

function read(storage: Storage): { language?: unknown; textSize?: unknown; contrast?: unknown; dutchAlongside?: unknown } {
  try {
    const value: unknown = JSON.parse(storage.getItem(KEY) ?? '{}');
    return typeof value === 'object' && value !== null ? value : {};
  } catch {
    return {};
  }
}
