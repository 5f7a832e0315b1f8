import { describe, expect, it } from 'vitest';
import { parsePdokResponse, UnexpectedPdokResponse } from '../../../server/addressLookup/parsePdokResponse';
import { pdokSearchUrl } from '../../../server/addressLookup/pdokSearchUrl';

/** A document as PDOK Locatieserver sends it for `type:adres` (more fields than we read). */
const pdokDoc = (overrides: Record<string, unknown> = {}) => ({
  bron: 'BAG',
  type: 'adres',
  id: 'adr-1',
  weergavenaam: 'Damrak 105, 1011AB Amsterdam',
  straatnaam: 'Damrak',
  huisnummer: 105,
  huis_nlt: '105',
  postcode: '1011AB',
  woonplaatsnaam: 'Amsterdam',
  gemeentenaam: 'Amsterdam',
  centroide_ll: 'POINT(4.8945 52.3746)',
  nummeraanduiding_id: '0363200000000201',
  adresseerbaarobject_id: '0363010000000201',
  score: 7.5,
  ...overrides,
});
const envelope = (docs: unknown[]) => ({ response: { numFound: docs.length, start: 0, maxScore: 7.5, numFoundExact: true, docs } });
const query = { postcode: '1011AB', houseNumber: '105' };

describe('reading a PDOK Locatieserver answer', () => {
  it('turns a document into the parts of an address answer', () => {
    expect(parsePdokResponse(envelope([pdokDoc()]), query)).toEqual([
      { id: '0363200000000201', postcode: '1011AB', houseNumber: '105', street: 'Damrak', city: 'Amsterdam' },
    ]);
  });

  it('keeps house letter and addition only when present, and orders as the register does', () => {
    const docs = [
      pdokDoc({ nummeraanduiding_id: 'b', huisletter: 'B' }),
      pdokDoc({ nummeraanduiding_id: 'a-10', huisnummertoevoeging: '10' }),
      pdokDoc({ nummeraanduiding_id: 'plain', huisletter: '', huisnummertoevoeging: ' ' }),
      pdokDoc({ nummeraanduiding_id: 'a-2', huisnummertoevoeging: '2' }),
      pdokDoc({ nummeraanduiding_id: 'a', huisletter: 'A' }),
    ];
    const found = parsePdokResponse(envelope(docs), query);
    expect(found.map(({ id }) => id)).toEqual(['plain', 'a-2', 'a-10', 'a', 'b']);
    expect(found[0]).not.toHaveProperty('houseLetter');
    expect(found[0]).not.toHaveProperty('addition');
    expect(found[2]).toMatchObject({ addition: '10' });
    expect(found[3]).toMatchObject({ houseLetter: 'A' });
  });

  it('accepts the house number as text and a postcode with a space or in lower case', () => {
    expect(parsePdokResponse(envelope([pdokDoc({ huisnummer: '105', postcode: '1011 ab' })]), query)).toMatchObject([{ houseNumber: '105', postcode: '1011AB' }]);
  });

  it('leaves out documents at another address, incomplete ones and duplicates', () => {
    const docs = [
      pdokDoc(),
      pdokDoc(),
      pdokDoc({ nummeraanduiding_id: 'other-number', huisnummer: 1051 }),
      pdokDoc({ nummeraanduiding_id: 'other-postcode', postcode: '1011AC' }),
      pdokDoc({ nummeraanduiding_id: 'no-street', straatnaam: '' }),
      pdokDoc({ nummeraanduiding_id: undefined }),
      pdokDoc({ nummeraanduiding_id: 'bad-letter', huisletter: 'AB' }),
      'not a document',
      null,
    ];
    const found = parsePdokResponse(envelope(docs), query);
    expect(found.map(({ id }) => id)).toEqual(['0363200000000201', 'bad-letter']);
    expect(found[1]).not.toHaveProperty('houseLetter');
  });

  it('finds nothing in an answer without documents', () => {
    expect(parsePdokResponse(envelope([]), query)).toEqual([]);
  });

  it.each([[undefined], ['<html>'], [{ response: {} }], [{ docs: [] }], [{ response: { docs: 'none' } }]])('refuses %o, which is not a PDOK answer', (body) => {
    expect(() => parsePdokResponse(body, query)).toThrow(UnexpectedPdokResponse);
  });
});

describe('the PDOK search address', () => {
  it('asks for every address at the postcode and number, with only the fields we read', () => {
    const url = pdokSearchUrl('https://api.pdok.nl/bzk/locatieserver/', '1011AB', '105');
    expect(`${url.origin}${url.pathname}`).toBe('https://api.pdok.nl/bzk/locatieserver/search/v3_1/free');
    expect(url.searchParams.getAll('fq')).toEqual(['postcode:1011AB', 'huisnummer:105', 'type:adres']);
    expect(url.searchParams.get('fl')?.split(' ')).toEqual(
      expect.arrayContaining(['nummeraanduiding_id', 'straatnaam', 'huisnummer', 'huisletter', 'huisnummertoevoeging', 'postcode', 'woonplaatsnaam']),
    );
    expect(Number(url.searchParams.get('rows'))).toBeGreaterThanOrEqual(50);
  });
});
