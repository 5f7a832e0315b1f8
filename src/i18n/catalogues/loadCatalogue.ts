import type { Catalogue, Locale } from '../translator';
import { lazyTexts } from './lazyTexts';

/**
 * Every text of one language: the app's own, the validators' and each permit's, in one chunk per
 * language (Dutch's first-screen part ships with the app, `nlFirstScreen`).
 */
export async function loadCatalogue(locale: Locale): Promise<Catalogue> {
  // A language no catalogue file is named after has no texts, so its catalogue is empty.
  return (await lazyTexts[`../messages/${locale}.json`]?.()) ?? {};
}
