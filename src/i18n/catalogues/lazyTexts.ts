import type { Catalogue } from '../translator';

/**
 * Every language's whole catalogue, one chunk each, loaded when the language is first needed: per
 * app catalogue `messages/<language>.json`, all the texts of that language (the `?catalogue` import,
 * see vite.config.ts). Its names are also the list of languages (`locales`).
 */
export const lazyTexts = import.meta.glob<Catalogue>(['../messages/*.json', '!../messages/*.*.json'], { query: '?catalogue', import: 'default' });
