import { createStore } from '../observable';
import type { Locale } from '../i18n';

/**
 * The language of this visit. Dutch first; it lasts for the visit only, because the next person
 * at a shared tablet must not inherit someone else's choice.
 */
export const language = createStore<Locale>('nl');
