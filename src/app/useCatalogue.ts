import { useEffect, useState } from 'preact/hooks';
import type { Catalogue, Locale } from '../i18n';
import { loadCatalogue } from '../i18n/catalogues/loadCatalogue';
import { nlFirstScreen } from '../i18n/catalogues/nlFirstScreen';

/**
 * Every text of a language. Each loads when first needed: the first screen carries Dutch with a
 * summary of each permit only (`nlFirstScreen`), and the questions of the permits come with the
 * wizard, so adding a permit does not make the start screen heavier.
 */
const loaded = new Map<Locale, Catalogue>();
const loading = new Map<Locale, Promise<Catalogue>>();

function load(locale: Locale): Promise<Catalogue> {
  const pending = loading.get(locale) ?? loadCatalogue(locale).then((catalogue) => {
    loaded.set(locale, catalogue);
    return catalogue;
  });
  loading.set(locale, pending);
  return pending;
}

/** Fetches every Dutch text while the person reads the start screen, so the first step is instant. */
export function preloadCatalogue(): Promise<Catalogue> {
  return load('nl');
}

export interface CatalogueState {
  readonly locale: Locale;
  readonly catalogue: Catalogue;
  /** Whether the catalogue has what the page needs: every text, when the page asked for that. */
  readonly ready: boolean;
}

/**
 * The catalogue for a language. Until a language has loaded the previous one stays (the page does
 * not blink away on a language switch); only a page that needs texts not loaded yet waits.
 *
 * @param complete whether the page needs every text (a permit's questions), not just the first screen's.
 */
export function useCatalogue(locale: Locale, complete: boolean): CatalogueState {
  const [state, setState] = useState(() => known(locale) ?? { locale: 'nl' as Locale, catalogue: nlFirstScreen, full: false });
  useEffect(() => {
    const now = known(locale);
    if (now && (now.full || !complete)) {
      setState(now);
      return;
    }
    let cancelled = false;
    void load(locale).then((catalogue) => {
      if (!cancelled) setState({ locale, catalogue, full: true });
    });
    return () => {
      cancelled = true;
    };
  }, [locale, complete]);
  return { locale: state.locale, catalogue: state.catalogue, ready: state.full || !complete };
}

/** The best catalogue of a language at hand without loading: the whole one, or Dutch's first screen. */
function known(locale: Locale): { locale: Locale; catalogue: Catalogue; full: boolean } | undefined {
  const full = loaded.get(locale);
  if (full) return { locale, catalogue: full, full: true };
  return locale === 'nl' ? { locale, catalogue: nlFirstScreen, full: false } : undefined;
}
