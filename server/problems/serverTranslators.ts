import { createTranslator, locales, type Locale, type Translator } from '../../src/i18n';
import { catalogueLocale } from '../../src/i18n/catalogueLocale';
import { catalogues } from '../../src/i18n/catalogues';

// The service's own texts, one file per language (`messages.<code>.json`), like the product's.
const serviceMessages = import.meta.glob<Readonly<Record<string, string>>>('./messages.*.json', { eager: true, import: 'default' });

/**
 * A translator per language over the product's catalogues plus the service's own texts (problem
 * titles, and codes only the service can raise, such as `file.mismatch`). The product's
 * catalogues win, so the wizard and the service say the same thing about the same code.
 */
const translators = new Map<Locale, Translator>(
  locales.map((locale) => {
    const own = Object.entries(serviceMessages).find(([path]) => catalogueLocale(path) === locale)?.[1];
    return [locale, createTranslator(locale, { ...own, ...catalogues[locale] })];
  }),
);

/** The translator for one of the product's languages (`preferredLocale` picks only those); Dutch otherwise. */
export function serverTranslator(locale: Locale): Translator {
  return translators.get(locale) ?? createTranslator('nl', { ...catalogues.nl });
}
