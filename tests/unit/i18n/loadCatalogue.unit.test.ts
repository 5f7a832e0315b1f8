import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locales } from '../../../src/i18n';
import { catalogues } from '../../../src/i18n/catalogues';
import { loadCatalogue } from '../../../src/i18n/catalogues/loadCatalogue';

/** The back office brings its own texts when it loads (`withTexts`); the app's catalogue has the rest. */
const backOfficeKeys = (locale: string) => Object.keys(JSON.parse(readFileSync(`src/backOffice/messages.${locale}.json`, 'utf8')) as object);

describe('the catalogue the app loads for a language', () => {
  it('lists Dutch first and every language once', () => {
    expect(locales[0]).toBe('nl');
    expect(new Set(locales).size).toBe(locales.length);
    expect(locales.length).toBeGreaterThan(1);
  });

  it('holds every text of that language but the back office’s, the same as the intake service’s', async () => {
    for (const locale of locales) {
      const expected = { ...catalogues[locale] };
      for (const key of backOfficeKeys(locale)) delete expected[key];
      expect(await loadCatalogue(locale), locale).toEqual(expected);
    }
  });

  it('is empty for a language no catalogue file is named after', async () => {
    expect(await loadCatalogue('xx')).toEqual({});
  });
});
