import type { Catalogue } from '../translator';

/**
 * Every catalogue file but Dutch (its own chunk, `nl.ts`), each loaded when its
 * language is chosen. Its names are also the list of languages (`locales`).
 */
export const lazyTexts = import.meta.glob<Catalogue>(
  ['../messages/*.json', '../../validation/messages.*.json', '../../definitions/*/*.json', '!../messages/nl.json', '!../messages/*.nl.json', '!../../validation/messages.nl.json', '!../../definitions/*/nl.json'],
  { import: 'default' },
);
