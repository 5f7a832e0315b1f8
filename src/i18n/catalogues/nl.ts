import validation from '../../validation/messages.nl.json';
import desk from '../messages/desk.nl.json';
import fields from '../messages/fields.nl.json';
import app from '../messages/nl.json';
import status from '../messages/status.nl.json';
import type { Catalogue } from '../translator';

// Each permit's texts sit beside its definition; a new permit folder joins the catalogue by itself.
const permitTexts = import.meta.glob<Catalogue>('../../definitions/*/nl.json', { eager: true, import: 'default' });

/** Every Dutch text of the product: the app's own, the question components', the status page's and receipt's, the help desk's, the validators' and each permit's. */
export const nl: Catalogue = /* @__PURE__ */ Object.assign({}, app, fields, status, desk, validation, ...Object.values(permitTexts));
