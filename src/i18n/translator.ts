/** The languages the product is complete in. A translator adds one with a catalogue, no code. */
export const locales = ['nl', 'en'] as const;
export type Locale = (typeof locales)[number];

/** Flat key → text; `{name}` marks a place for a parameter. */
export type Catalogue = Readonly<Record<string, string>>;

export interface Translator {
  readonly locale: Locale;
  /** The text for `key` with `{name}` parameters filled in; the key itself when it is missing. */
  t(key: string, params?: Readonly<Record<string, string | number>>): string;
  /** Whether an optional text (a hint, an intro) exists. */
  has(key: string): boolean;
}

export function createTranslator(locale: Locale, catalogue: Catalogue): Translator {
  return {
    locale,
    // A missing key shows as itself rather than as nothing, so it is seen and reported; the
    // catalogue completeness test keeps it from reaching a citizen.
    t: (key, params) => {
      const text = catalogue[key] ?? key;
      return params ? text.replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole)) : text;
    },
    has: (key) => catalogue[key] !== undefined,
  };
}
