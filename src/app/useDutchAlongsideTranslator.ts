import { useMemo } from 'preact/hooks';
import { createTranslator, type Locale, type Translator } from '../i18n';
import { displayPreferences } from '../preferences';
import { signedInStaff } from '../staff';
import { useCatalogue } from './useCatalogue';
import { useStore } from './useStore';

/**
 * The Dutch translator for side by side at the desk: only in staff mode, with the choice on, for
 * a citizen's language other than Dutch, on a permit's pages (the ones with questions). Dutch is
 * the original every other catalogue is translated from, and the language of the employee and the
 * back office. The Dutch texts load only then, so the first screen does not carry them twice.
 */
export function useDutchAlongsideTranslator(locale: Locale, permitPage: boolean): Translator | undefined {
  const staff = useStore(signedInStaff);
  const { dutchAlongside } = useStore(displayPreferences);
  const wanted = Boolean(staff) && dutchAlongside && permitPage && locale !== 'nl';
  const dutch = useCatalogue('nl', wanted);
  return useMemo(() => (wanted && dutch.ready && dutch.locale === 'nl' ? createTranslator('nl', dutch.catalogue) : undefined), [wanted, dutch.ready, dutch.catalogue]);
}
