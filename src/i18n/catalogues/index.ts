import { en } from './en';
import { nl } from './nl';
import type { Catalogue, Locale } from '../translator';

/**
 * Every text of the product in every language, for the intake service and the tests. The app
 * itself loads only the language in use (see `src/app/useCatalogue.ts`).
 */
export const catalogues: Readonly<Record<Locale, Catalogue>> = { nl, en };
