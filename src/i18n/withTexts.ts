import { createTranslator, type Catalogue, type Translator } from './translator';

/**
 * A translator that knows `texts` besides what `base` knows: for a part of the app that brings
 * its own catalogue when it loads (the back office), so the first screen does not carry its texts.
 */
export function withTexts(base: Translator, texts: Catalogue): Translator {
  const own = createTranslator(base.locale, texts);
  return { ...base, t: (key, params) => (own.has(key) ? own.t(key, params) : base.t(key, params)), has: (key) => own.has(key) || base.has(key) };
}
