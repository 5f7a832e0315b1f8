import { describe, expect, it } from 'vitest';
import { locales } from '../../../src/i18n';
import { catalogueLocale } from '../../../src/i18n/catalogueLocale';

/** The intake service's own texts (problem titles, codes only it raises), one file per language. */
const files = import.meta.glob<Readonly<Record<string, string>>>('../../../server/problems/messages.*.json', { eager: true, import: 'default' });
const messagesOf = (locale: string) => Object.entries(files).find(([path]) => catalogueLocale(path) === locale)?.[1];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the intake service’s own texts', () => {
  it('exist for every language of the app, and for no other', () => {
    expect(Object.keys(files).map((path) => catalogueLocale(path)).sort()).toEqual([...locales].sort());
  });

  it('hold the same keys and {placeholders} as the Dutch in every language, and no empty text', () => {
    const dutch = messagesOf('nl') ?? {};
    for (const locale of locales) {
      const messages = messagesOf(locale) ?? {};
      expect(Object.keys(messages).sort(), locale).toEqual(Object.keys(dutch).sort());
      for (const [key, text] of Object.entries(messages)) {
        expect(text.trim(), `${locale}: ${key}`).not.toBe('');
        expect(placeholders(text), `${locale}: ${key}`).toEqual(placeholders(dutch[key] ?? ''));
      }
    }
  });
});
