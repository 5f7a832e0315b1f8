import type { ComponentChildren } from 'preact';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Translator } from '../../i18n';

/**
 * Side by side at the desk: the Dutch texts an employee reads along with while the citizen reads
 * their own language. Present only in staff mode with the choice on and another language than
 * Dutch; absent, the fields show one language as always.
 */
export interface AlongsideTexts {
  /** The Dutch texts. */
  readonly translator: Translator;
  /** The step's error messages in Dutch, by the id of the inline error they belong under (`fieldIds.error`). */
  readonly errors: ReadonlyMap<string, string>;
}

export const AlongsideContext = createContext<AlongsideTexts | undefined>(undefined);

/** The Dutch texts beside the citizen's, when side by side is on. */
export function useAlongside(): AlongsideTexts | undefined {
  return useContext(AlongsideContext);
}

/**
 * A text in the citizen's language and, when side by side is on, the Dutch under it. Each is
 * marked with its own `lang` and `dir`, so a screen reader or read-aloud voice switches language
 * at the line (WCAG 3.1.2) and each runs its own direction.
 */
export function TwoLanguages({ translator, own, dutch }: { translator: Translator; own: ComponentChildren; dutch: ComponentChildren | undefined }) {
  const alongside = useAlongside();
  if (!alongside || dutch === undefined) return <>{own}</>;
  return (
    <>
      <span class="hv-own-language" lang={translator.tag} dir={translator.direction}>
        {own}
      </span>
      <span class="hv-alongside" lang={alongside.translator.tag} dir={alongside.translator.direction}>
        {dutch}
      </span>
    </>
  );
}
