import { describe, expect, it } from 'vitest';
import { permits } from '../../../src/definitions';
import { locales } from '../../../src/i18n';
import { catalogues } from '../../../src/i18n/catalogues';
import { validationCodes } from '../../../src/validation';
import { engineErrorCodes } from '../../../src/wizard';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import translatorNotes from '../../../src/i18n/translatorNotes.json';
import validatorMessages from '../../../src/validation/messages.nl.json';
import { messageForms } from './messageForms';

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
/** A text that is plain in every language (the language's name, its tag), or none when it is not. */
const plainText = (locale: string, key: string) => {
  const message = catalogueOf(locale)[key];
  return typeof message === 'string' ? message : undefined;
};
/** The plural categories a language has, from CLDR (https://cldr.unicode.org/index/cldr-spec/plural-rules). */
const pluralCategoriesOf = (locale: string) => new Intl.PluralRules(plainText(locale, 'language.tag')).resolvedOptions().pluralCategories;
const notes: Readonly<Record<string, string>> = translatorNotes;

describe('the message catalogues', () => {
  it('hold the same keys in every language', () => {
    expect(locales[0]).toBe('nl');
    for (const locale of locales.slice(1)) {
      expect(Object.keys(catalogueOf(locale)).sort(), locale).toEqual(Object.keys(catalogueOf('nl')).sort());
    }
  });

  it('use the same {placeholders} in every language and every plural form, and leave no text empty', () => {
    for (const locale of locales) {
      for (const [key, dutch] of Object.entries(catalogueOf('nl'))) {
        const expected = placeholders(typeof dutch === 'string' ? dutch : dutch.other);
        const forms = messageForms(catalogueOf(locale)[key]);
        expect(forms.length, `${locale}: ${key}`).toBeGreaterThan(0);
        for (const text of forms) {
          expect(text.trim(), `${locale}: ${key}`).not.toBe('');
          expect(placeholders(text), `${locale}: ${key}: ${text}`).toEqual(expected);
        }
      }
    }
  });

  it('give every text with a count each plural form its language has, chosen by one of its placeholders', () => {
    for (const locale of locales) {
      const categories = pluralCategoriesOf(locale);
      for (const [key, message] of Object.entries(catalogueOf(locale))) {
        const dutch = catalogueOf('nl')[key];
        if (typeof message === 'string') {
          // Dutch needs a plural form for it, so every language does: the number is in the sentence.
          expect(typeof dutch, `${locale}: ${key} needs plural forms, as in Dutch`).toBe('string');
          continue;
        }
        // Another language may need forms where Dutch has one text ("keer"); the same placeholder decides.
        if (typeof dutch !== 'string') expect(message._count, `${locale}: ${key}`).toBe(dutch?._count);
        expect(placeholders(messageForms(message)[0] ?? ''), `${locale}: ${key}: _count`).toContain(message._count);
        expect(Object.keys(message).filter((form) => form !== '_count').sort(), `${locale}: ${key}`).toEqual([...categories].sort());
      }
    }
  });

  it('have a plural form in Dutch wherever the number changes the words', () => {
    const plural = (key: string) => typeof catalogueOf('nl')[key] !== 'string';
    for (const key of ['validation.multiChoice.tooFew', 'resume.error.tooManyAttempts', 'staff.signIn.locked', 'drafts.progress', 'field.address.lookup.several', 'field.address.lookup.many', 'field.file.count']) {
      expect(plural(key), key).toBe(true);
    }
  });

  it('have a note for translators on every text with a placeholder, and no note for a text that does not exist', () => {
    const withPlaceholder = Object.entries(catalogueOf('nl'))
      .filter(([, message]) => messageForms(message).some((text) => placeholders(text).length > 0))
      .map(([key]) => key);
    expect(withPlaceholder.filter((key) => !notes[key]?.trim())).toEqual([]);
    expect(Object.keys(notes).filter((key) => catalogueOf('nl')[key] === undefined)).toEqual([]);
  });

  it('name in each note every placeholder of its text', () => {
    for (const [key, note] of Object.entries(notes)) {
      for (const name of placeholders(messageForms(catalogueOf('nl')[key]).join(' '))) expect(note, key).toContain(`{${name}}`);
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
      expect(Intl.getCanonicalLocales(plainText(locale, 'language.tag') ?? '')[0]?.split('-')[0], locale).toBe(locale);
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
  it('carry the app’s texts and a summary of each permit, and none of the permits’ questions, the question components’ texts or the validators’ messages', async () => {
    const { nlFirstScreen } = await import('../../../src/i18n/catalogues/nlFirstScreen');
    for (const { definition } of permits) {
      for (const part of ['title', 'description', 'nextSteps']) {
        const key = `permit.${definition.id}.${part}`;
        expect(nlFirstScreen[key], key).toBe(catalogueOf('nl')[key]);
      }
    }
    expect(Object.keys(nlFirstScreen).filter((key) => key.startsWith('permit.') && !/\.(title|description|nextSteps)$/.test(key))).toEqual([]);
    expect(nlFirstScreen['start.title']).toBe(catalogueOf('nl')['start.title']);
    // The validators' messages show only at a permit's questions, whose pages wait for the whole catalogue (App's `useCatalogue`).
    const validatorKeys = Object.keys(validatorMessages);
    expect(validatorKeys).toContain('validation.bsn.checksum');
    expect(validatorKeys.filter((key) => key in nlFirstScreen)).toEqual([]);
    // The question components load with the wizard, and their texts with them (`messages/fields.nl.json`).
    expect(Object.keys(nlFirstScreen).filter((key) => key.startsWith('field.')).sort()).toEqual(['field.no', 'field.optional', 'field.yes']);
  });
});
