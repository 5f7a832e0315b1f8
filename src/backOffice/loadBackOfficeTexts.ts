import type { Catalogue, Locale } from '../i18n';

const files = import.meta.glob<Catalogue>('./messages.*.json', { import: 'default' });

/** The back office's own texts in `locale` (Dutch when it has none), loaded with its code. */
export async function loadBackOfficeTexts(locale: Locale): Promise<Catalogue> {
  const load = files[`./messages.${locale}.json`] ?? files['./messages.nl.json'];
  return load ? load() : {};
}
