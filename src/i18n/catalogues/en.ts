import validation from '../../validation/messages.en.json';
import app from '../messages/en.json';
import type { Catalogue } from '../translator';

// Each permit's texts sit beside its definition; a new permit folder joins the catalogue by itself.
const permitTexts = import.meta.glob<Catalogue>('../../definitions/*/en.json', { eager: true, import: 'default' });

/** Every English text of the product: the app's own, the validators' and each permit's. */
export const en: Catalogue = /* @__PURE__ */ Object.assign({}, app, validation, ...Object.values(permitTexts));
