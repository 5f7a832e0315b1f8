/**
 * A language's code, as its catalogue files are named (`messages/nl.json`, `messages/en.json`).
 * A translator adds a language with catalogue files; no code names the languages (see `locales`).
 */
export type Locale = string;

/** Flat key → text; `{name}` marks a place for a parameter. */
export type Catalogue = Readonly<Record<string, string>>;

/** The way a language's lines run; `language.direction` in its catalogue says which. */
export type TextDirection = 'ltr' | 'rtl';

export interface Translator {
  readonly locale: Locale;
  /** The BCP 47 tag for dates, numbers and voices (`language.tag` in the catalogue, e.g. "nl-NL"). */
  readonly tag: string;
  /** Right-to-left for Arabic and the like: the catalogue says so, not a list in the code. */
  readonly direction: TextDirection;
  /** The text for `key` with `{name}` parameters filled in; the key itself when it is missing. */
  t(key: string, params?: Readonly<Record<string, string | number>>): string;
  /** Whether an optional text (a hint, an intro) exists. */
  has(key: string): boolean;
}

export function createTranslator(locale: Locale, catalogue: Catalogue): Translator {
  return {
    locale,
    tag: catalogue['language.tag'] ?? locale,
    direction: catalogue['language.direction'] === 'rtl' ? 'rtl' : 'ltr',
    // A missing key shows as itself rather than as nothing, so it is seen and reported; the
    // catalogue completeness test keeps it from reaching a citizen.
    t: (key, params) => {
      const text = catalogue[key] ?? key;
      return params ? text.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole)) : text;
    },
    has: (key) => catalogue[key] !== undefined,
  };
}
