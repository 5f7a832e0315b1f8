/**
 * Names of languages in themselves that a browser's ICU data may lack, from CLDR
 * (https://github.com/unicode-org/cldr/blob/main/common/main/ti.xml, `<language type="ti">`):
 * Debian's Chromium names Tigrinya "Tigrinya", in English, so a Tigrinya reader would not find it.
 */
const NAMES_BROWSERS_LACK: Readonly<Record<string, string>> = { ti: 'ትግርኛ' };

/**
 * Found once per language: the read-aloud button of every question asks on every keystroke, and
 * making an `Intl.DisplayNames` each time was a measurable part of a keystroke on a slow tablet.
 */
const namesFound = new Map<string, string>();

/** A language's name in that language ("Nederlands", "English", "ትግርኛ"), as a person looks for it in a list. */
export function ownLanguageName(locale: string): string {
  let name = namesFound.get(locale);
  if (name === undefined) {
    name = NAMES_BROWSERS_LACK[locale] ?? new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
    namesFound.set(locale, name);
  }
  return name;
}
