import { catalogueLocale } from './catalogueLocale';

// Only the file names are read here; the texts load when a language is chosen (`loadCatalogue`).
const appCatalogues = import.meta.glob('./messages/*.json');

/**
 * The languages of the product: one per app catalogue in `src/i18n/messages/`, Dutch first. A
 * translator adds Turkish with `messages/tr.json`, `src/validation/messages.tr.json` and a `tr.json`
 * beside each permit (the completeness test says what is missing); no code changes.
 */
export const locales: readonly string[] = Object.keys(appCatalogues)
  .map((path) => catalogueLocale(path) ?? '')
  .filter(Boolean)
  .sort((a, b) => (a === 'nl' ? -1 : b === 'nl' ? 1 : a.localeCompare(b)));
