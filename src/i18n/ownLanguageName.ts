/**
 * Names of languages in themselves that a browser's ICU data may lack, from CLDR
 * (https://github.com/unicode-org/cldr/blob/main/common/main/ti.xml, `<language type="ti">`):
 * Debian's Chromium names Tigrinya "Tigrinya", in English, so a Tigrinya reader would not find it.
 */
const NAMES_BROWSERS_LACK: Readonly<Record<string, string>> = { ti: 'ትግርኛ' };

/** A language's name in that language ("Nederlands", "English", "ትግርኛ"), as a person looks for it in a list. */
export function ownLanguageName(locale: string): string {
  return NAMES_BROWSERS_LACK[locale] ?? new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
}
