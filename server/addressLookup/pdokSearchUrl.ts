/**
 * The fields we read from a PDOK Locatieserver document (`fl`): only what fills an address, so
 * the address service sends no more than we use.
 */
export const PDOK_FIELDS = ['nummeraanduiding_id', 'straatnaam', 'huisnummer', 'huisletter', 'huisnummertoevoeging', 'postcode', 'woonplaatsnaam'] as const;

/**
 * Most documents asked for. A block of flats can have hundreds of additions at one number; the
 * wizard then asks for the addition instead of listing them, so more would only cost bandwidth.
 */
export const PDOK_ROWS = 100;

/**
 * The PDOK Locatieserver "free" search for every address at a postcode and house number:
 * `<base>/search/v3_1/free?fq=postcode:1234AB&fq=huisnummer:12&fq=type:adres`. Filter queries
 * (`fq`) match exactly, so letters and additions at that number all come back as documents.
 *
 * @param base e.g. `https://api.pdok.nl/bzk/locatieserver`; a trailing slash is allowed.
 * @param postcode canonical, e.g. `1234AB`.
 * @param houseNumber digits only, e.g. `12`.
 */
export function pdokSearchUrl(base: string, postcode: string, houseNumber: string): URL {
  const url = new URL(`${base.replace(/\/+$/, '')}/search/v3_1/free`);
  url.searchParams.append('fq', `postcode:${postcode}`);
  url.searchParams.append('fq', `huisnummer:${houseNumber}`);
  url.searchParams.append('fq', 'type:adres');
  url.searchParams.set('fl', PDOK_FIELDS.join(' '));
  url.searchParams.set('rows', String(PDOK_ROWS));
  return url;
}
