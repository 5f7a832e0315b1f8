import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translator } from '../i18n';

/**
 * The Dutch texts for side by side at the desk, when it is on (staff signed in, the choice made,
 * the citizen's language not Dutch, the Dutch texts loaded); `undefined` otherwise.
 */
export const DutchAlongsideContext = createContext<Translator | undefined>(undefined);

export function useDutchAlongside(): Translator | undefined {
  return useContext(DutchAlongsideContext);
}
