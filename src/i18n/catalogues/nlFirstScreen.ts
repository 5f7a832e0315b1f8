import app from '../messages/nl.json';
import type { Catalogue } from '../translator';

// Only each permit's title, description and next steps (the `?summary` import, see vite.config.ts).
const permitSummaries = import.meta.glob<Catalogue>('../../definitions/*/nl.json', { eager: true, import: 'default', query: '?summary' });

/**
 * The Dutch texts the app starts with: its own and a summary of each permit. The questions of
 * every permit, the texts of the question components (`messages/fields.nl.json`, like the
 * components themselves) and the validators' messages (shown only at a permit's questions) are in
 * the whole Dutch catalogue (`loadCatalogue`), which loads with the wizard: the first screen of a
 * cheap tablet does not pay for the texts of permits nobody chose yet, nor for their error messages.
 */
export const nlFirstScreen: Catalogue = /* @__PURE__ */ Object.assign({}, app, ...Object.values(permitSummaries));
