import { catalogueLocale } from '../catalogueLocale';
import type { Catalogue, Locale } from '../translator';
import { lazyTexts } from './lazyTexts';

/**
 * Every text of one language: the app's own, the validators' and each permit's. Dutch is one
 * chunk of its own (its first-screen part ships with the app, `nlFirstScreen`).
 */
export async function loadCatalogue(locale: Locale): Promise<Catalogue> {
  if (locale === 'nl') return import('./nl').then((module) => module.nl);
  const parts = Object.entries(lazyTexts).filter(([path]) => catalogueLocale(path) === locale);
  return Object.assign({}, ...(await Promise.all(parts.map(([, load]) => load()))));
}
