/**
 * A language's code, as its catalogue files are named (`messages/nl.json`, `messages/en.json`).
 * A translator adds a language with catalogue files; no code names the languages (see `locales`).
 */
export type Locale = string;

/**
 * A text that reads differently with the number in it ("1 antwoord", "2 antwoorden"): one form per
 * plural category of the language, as CLDR defines them (https://cldr.unicode.org/index/cldr-spec/plural-rules;
 * Dutch and English have `one` and `other`, Polish `one`, `few`, `many` and `other`, Arabic all six).
 * `_count` names the placeholder whose number chooses the form. Every language has `other`, which
 * also serves when the number is not a number (a "…" while counting).
 */
export type PluralText = { readonly _count: string; readonly other: string } & Readonly<Partial<Record<Intl.LDMLPluralRule, string>>>;

/** One text of a catalogue: plain, or in plural forms. */
export type Message = string | PluralText;

/** Flat key → text; `{name}` marks a place for a parameter. */
export type Catalogue = Readonly<Record<string, Message>>;

/** The way a language's lines run; `language.direction` in its catalogue says which. */
export type TextDirection = 'ltr' | 'rtl';

export interface Translator {
  readonly locale: Locale;
  /** The BCP 47 tag for dates, numbers and voices (`language.tag` in the catalogue, e.g. "nl-NL"). */
  readonly tag: string;
  /** Right-to-left for Arabic and the like: the catalogue says so, not a list in the code. */
  readonly direction: TextDirection;
  /**
   * The text for `key` with `{name}` parameters filled in, in the plural form its count calls for;
   * the key itself when it is missing.
   */
  t(key: string, params?: Readonly<Record<string, string | number>>): string;
  /** Whether an optional text (a hint, an intro) exists. */
  has(key: string): boolean;
}

export function createTranslator(locale: Locale, catalogue: Catalogue): Translator {
  const languageTag = catalogue['language.tag'];
  const tag = typeof languageTag === 'string' ? languageTag : locale;
  // Made on the first plural text, not when the translator is: most screens have none.
  let pluralRules: Intl.PluralRules | undefined;
  const form = (text: PluralText, count: string | number | undefined) => {
    if (typeof count !== 'number') return text.other;
    pluralRules ??= new Intl.PluralRules(tag);
    return text[pluralRules.select(count)] ?? text.other;
  };
  return {
    locale,
    tag,
    direction: catalogue['language.direction'] === 'rtl' ? 'rtl' : 'ltr',
    // A missing key shows as itself rather than as nothing, so it is seen and reported; the
    // catalogue completeness test keeps it from reaching a citizen.
    t: (key, params) => {
      const message = catalogue[key] ?? key;
      const text = typeof message === 'string' ? message : form(message, params?.[message._count]);
      return params ? text.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole)) : text;
    },
    has: (key) => catalogue[key] !== undefined,
  };
}
