import { describe, expect, it } from 'vitest';
import { permits } from '../../../src/definitions';
import { locales } from '../../../src/i18n';
import { catalogues } from '../../../src/i18n/catalogues';
import { validationCodes } from '../../../src/validation';
import { engineErrorCodes } from '../../../src/wizard';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every `translator.t('…')` / `t('…')` key written literally in the app's source. */
function keysUsedInSource(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return keysUsedInSource(path);
    if (!/\.tsx?$/.test(name)) return [];
    return [...readFileSync(path, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z][\w.-]*)'/g)].map((match) => match[1] ?? '');
  });
}

const catalogueOf = (locale: string) => catalogues[locale] ?? {};
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the message catalogues', () => {
  it('hold the same keys in every language', () => {
    expect(locales[0]).toBe('nl');
    for (const locale of locales.slice(1)) {
      expect(Object.keys(catalogueOf(locale)).sort(), locale).toEqual(Object.keys(catalogueOf('nl')).sort());
    }
  });

  it('use the same {placeholders} in every language and leave no text empty', () => {
    for (const locale of locales.slice(1)) {
      for (const [key, text] of Object.entries(catalogueOf('nl'))) {
        expect(text.trim(), key).not.toBe('');
        expect(placeholders(catalogueOf(locale)[key] ?? ''), `${locale}: ${key}`).toEqual(placeholders(text));
      }
    }
  });

  it('have a text for every key the screens ask for by name', () => {
    const missing = keysUsedInSource('src').filter((key) => !locales.every((locale) => catalogueOf(locale)[key] !== undefined));
    expect(missing).toEqual([]);
  });

  it('have a message for every error code of the engine and the validators', () => {
    const missing = [...engineErrorCodes, ...validationCodes].filter((code) => !locales.every((locale) => catalogueOf(locale)[`validation.${code}`]));
    expect(missing).toEqual([]);
  });

  it('say for every language how to write its dates and which way its lines run, so no code lists languages', () => {
    for (const locale of locales) {
      const catalogue = catalogueOf(locale);
      expect(catalogue['language.direction'], locale).toMatch(/^(ltr|rtl)$/);
      expect(Intl.getCanonicalLocales(catalogue['language.tag'] ?? '')[0]?.split('-')[0], locale).toBe(locale);
    }
  });

  it('do not let one permit overwrite another permit’s or the app’s texts', () => {
    for (const { definition } of permits) {
      for (const locale of locales) {
        const texts = JSON.parse(readFileSync(join('src/definitions', definition.id, `${locale}.json`), 'utf8')) as Record<string, string>;
        for (const key of Object.keys(texts)) expect(key.startsWith(`permit.${definition.id}.`), key).toBe(true);
      }
    }
  });
});

describe('the Dutch texts of the first screen', () => {
  it('carry every text of the app and a summary of each permit, and none of the permits’ questions', async () => {
    const { nlFirstScreen } = await import('../../../src/i18n/catalogues/nlFirstScreen');
    for (const { definition } of permits) {
      for (const part of ['title', 'description', 'nextSteps']) {
        const key = `permit.${definition.id}.${part}`;
        expect(nlFirstScreen[key], key).toBe(catalogueOf('nl')[key]);
      }
    }
    expect(Object.keys(nlFirstScreen).filter((key) => key.startsWith('permit.') && !/\.(title|description|nextSteps)$/.test(key))).toEqual([]);
    expect(nlFirstScreen['start.title']).toBe(catalogueOf('nl')['start.title']);
    expect(nlFirstScreen['validation.bsn.checksum']).toBe(catalogueOf('nl')['validation.bsn.checksum']);
  });
});
