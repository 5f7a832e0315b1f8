export { createTranslator, locales, type Catalogue, type Locale, type Translator } from './translator';
export { catalogues } from './catalogues';
export { fieldErrorMessage } from './fieldErrorMessage';
