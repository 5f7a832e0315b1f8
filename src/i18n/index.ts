export { createTranslator, locales, type Catalogue, type Locale, type Translator } from './translator';
export { fieldErrorMessage } from './fieldErrorMessage';
// All languages at once (`./catalogues`) are for the intake service and the tests; the app loads
// only the language in use, so the catalogues are deliberately not exported here.
