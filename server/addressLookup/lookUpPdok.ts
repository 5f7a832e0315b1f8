import type { FoundAddress } from '../contract/apiTypes';
import { parsePdokResponse, UnexpectedPdokResponse } from './parsePdokResponse';
import { pdokSearchUrl } from './pdokSearchUrl';

/** Largest answer we read from the address service (bytes); 100 documents of seven fields are far less. */
const MAX_RESPONSE_BYTES = 512 * 1024;

/**
 * Asks a PDOK-Locatieserver-shaped address service for every address at a postcode and house
 * number.
 *
 * @param timeoutMs how long to wait for the whole answer.
 * @throws when the service cannot be reached, answers with an error, too slowly or not in the PDOK shape.
 */
export async function lookUpPdok(base: string, postcode: string, houseNumber: string, timeoutMs: number): Promise<FoundAddress[]> {
  const response = await fetch(pdokSearchUrl(base, postcode, houseNumber), {
    headers: { accept: 'application/json' },
    signal: AbortSignal.timeout(timeoutMs),
    redirect: 'error',
  });
  if (!response.ok) throw new UnexpectedPdokResponse(`status ${response.status}`);
  const body = await response.text();
  if (body.length > MAX_RESPONSE_BYTES) throw new UnexpectedPdokResponse('answer too large');
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new UnexpectedPdokResponse('answer is not JSON');
  }
  return parsePdokResponse(parsed, { postcode, houseNumber });
}
