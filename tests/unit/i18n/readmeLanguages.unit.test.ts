import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locales } from '../../../src/i18n';
import { catalogues } from '../../../src/i18n/catalogues';

/** The README's table of languages: code and "how it was made and checked", row by row. */
function readmeLanguages(): Record<string, string> {
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
  const table = readme.split('| Code | Language | How it was made and checked |')[1] ?? '';
  const rows = table.split('\n\n')[0]?.split('\n').slice(2) ?? [];
  return Object.fromEntries(rows.map((row) => row.split('|').map((cell) => cell.trim())).map((cells) => [(cells[1] ?? '').replace(/`/g, ''), cells[3] ?? '']));
}

describe('the README’s table of languages', () => {
  it('names every language of the app with what its catalogue says about how it was made and checked', () => {
    expect(readmeLanguages()).toEqual(Object.fromEntries(locales.map((locale) => [locale, catalogues[locale]?.['language.review']])));
  });
});
