import { useEffect, useState } from 'preact/hooks';
import type { Catalogue, Locale } from '../i18n';
import { nl } from '../i18n/catalogues/nl';

/**
 * The catalogue for a language. Dutch comes with the app; other languages load when chosen, so
 * the first screen carries one language only. Until a language has loaded the previous one stays.
 */
const loaders: Readonly<Record<Locale, () => Promise<Catalogue>>> = {
  nl: async () => nl,
  en: () => import('../i18n/catalogues/en').then((module) => module.en),
};

const loaded = new Map<Locale, Catalogue>([['nl', nl]]);

export function useCatalogue(locale: Locale): { readonly locale: Locale; readonly catalogue: Catalogue } {
  const [current, setCurrent] = useState<{ locale: Locale; catalogue: Catalogue }>(() => ({ locale: 'nl', catalogue: nl }));
  useEffect(() => {
    const ready = loaded.get(locale);
    if (ready) {
      setCurrent({ locale, catalogue: ready });
      return;
    }
    let cancelled = false;
    void loaders[locale]().then((catalogue) => {
      loaded.set(locale, catalogue);
      if (!cancelled) setCurrent({ locale, catalogue });
    });
    return () => {
      cancelled = true;
    };
  }, [locale]);
  return current;
}
