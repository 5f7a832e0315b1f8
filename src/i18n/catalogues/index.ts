import { catalogueLocale } from '../catalogueLocale';
import { locales } from '../locales';
import type { Catalogue, Locale } from '../translator';

const files = import.meta.glob<Catalogue>(['../messages/*.json', '../../validation/messages.*.json', '../../definitions/*/*.json', '../../backOffice/messages.*.json'], { eager: true, import: 'default' });

/**
 * Every text of the product in every language, for the intake service and the tests. The app
 * itself loads only the language in use (`loadCatalogue`).
 */
export const catalogues: Readonly<Record<Locale, Catalogue>> = Object.fromEntries(
  locales.map((locale) => [
    locale,
    Object.assign({}, ...Object.entries(files).filter(([path]) => catalogueLocale(path) === locale).map(([, texts]) => texts)) as Catalogue,
  ]),
);
