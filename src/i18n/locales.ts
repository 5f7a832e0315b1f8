import { catalogueLocale } from './catalogueLocale';
import { lazyTexts } from './catalogues/lazyTexts';

/**
 * The languages of the product: Dutch, and one per app catalogue in `src/i18n/messages/`. A
 * translator adds Turkish with `messages/tr.json`, `messages/fields.tr.json`,
 * `src/validation/messages.tr.json` and a `tr.json` beside each permit (the completeness test says
 * what is missing); no code changes.
 */
export const locales: readonly string[] = [
  'nl',
  ...Object.keys(lazyTexts)
    .map((path) => catalogueLocale(path) ?? '')
    .filter((locale) => locale !== 'nl')
    .sort(),
];
