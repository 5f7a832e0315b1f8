import { createTranslator, locales, type Locale, type Translator } from '../../src/i18n';
import { catalogues } from '../../src/i18n/catalogues';
import en from './messages.en.json';
import nl from './messages.nl.json';

const serviceMessages: Readonly<Record<Locale, Readonly<Record<string, string>>>> = { nl, en };

/**
 * A translator per language over the product's catalogues plus the service's own texts (problem
 * titles, and codes only the service can raise, such as `file.mismatch`). The product's
 * catalogues win, so the wizard and the service say the same thing about the same code.
 */
export const serverTranslators: Readonly<Record<Locale, Translator>> = Object.fromEntries(
  locales.map((locale) => [locale, createTranslator(locale, { ...serviceMessages[locale], ...catalogues[locale] })]),
) as Record<Locale, Translator>;
