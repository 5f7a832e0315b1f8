import { locales, type Locale } from '../../src/i18n';

/**
 * The language to answer in: the product's language that `Accept-Language` (RFC 9110 §12.5.4)
 * rates highest, Dutch when it names none of them, since the service is Dutch first.
 */
export function preferredLocale(acceptLanguage: string | undefined): Locale {
  let best: { locale: Locale; q: number } = { locale: 'nl', q: 0 };
  for (const entry of (acceptLanguage ?? '').split(',')) {
    const [tag = '', ...params] = entry.trim().toLowerCase().split(';');
    const qParam = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    const primary = tag.split('-')[0] ?? '';
    if (locales.includes(primary) && Number.isFinite(q) && q > best.q) best = { locale: primary, q };
  }
  return best.locale;
}
