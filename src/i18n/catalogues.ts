import { permits } from '../definitions';
import validationEn from '../validation/messages.en.json';
import validationNl from '../validation/messages.nl.json';
import type { Catalogue, Locale } from './translator';
import appEn from './messages/en.json';
import appNl from './messages/nl.json';

/** Every text of the product per language: the app's own, the validators' and each permit's. */
export const catalogues: Readonly<Record<Locale, Catalogue>> = {
  nl: Object.assign({}, appNl, validationNl, ...permits.map((permit) => permit.texts.nl)),
  en: Object.assign({}, appEn, validationEn, ...permits.map((permit) => permit.texts.en)),
};
