import { parsePdokResponse } from '../../server/addressLookup/parsePdokResponse';
import { pdokSearchUrl } from '../../server/addressLookup/pdokSearchUrl';
import { searchStandIn } from '../../server/addressLookup/standIn/searchStandIn';
import { lookupQuery, type LookUpAddress } from '../../src/addressLookup';

/**
 * The intake service's address lookup without the network: the stand-in's own addresses, queried
 * and read exactly as the service does (`pdokSearchUrl` → stand-in → `parsePdokResponse`), so
 * jsdom tests see the same answers as the browser tests.
 */
export const standInLookup: LookUpAddress = async (postcode, houseNumber) => {
  const query = lookupQuery(postcode, houseNumber);
  if (!query) return { kind: 'unavailable' };
  const [first, ...others] = parsePdokResponse(searchStandIn(pdokSearchUrl('http://stand-in', query.postcode, query.houseNumber).searchParams), query);
  return first ? { kind: 'found', addresses: [first, ...others] } : { kind: 'notFound' };
};
