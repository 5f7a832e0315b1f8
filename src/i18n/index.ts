export { createTranslator, type Catalogue, type Locale, type Message, type PluralText, type TextDirection, type Translator } from './translator';
export { locales } from './locales';
export { fieldErrorMessage } from './fieldErrorMessage';
export { withTexts } from './withTexts';
export { ownLanguageName } from './ownLanguageName';
// All languages at once (`./catalogues`) are for the intake service and the tests; the app loads
// only the language in use (`./catalogues/loadCatalogue`), so the catalogues are not exported here.
