import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAddressLookupSession, LOOKUP_DELAY_MS, type AddressLookupStatus } from '../../../src/addressLookup';
import type { AddressLookupResult } from '../../../src/intake';

const damrak = { id: '1', postcode: '1011AB', houseNumber: '105', street: 'Damrak', city: 'Amsterdam' };

/** An address service whose answers the test gives, one per request, in order. */
function scriptedService() {
  const requests: { postcode: string; houseNumber: string; signal: AbortSignal; answer(result: AddressLookupResult): void }[] = [];
  const lookUp = (postcode: string, houseNumber: string, signal: AbortSignal) =>
    new Promise<AddressLookupResult>((resolve) => requests.push({ postcode, houseNumber, signal, answer: resolve }));
  return { requests, lookUp };
}

function session(options: { known?: { postcode: string; houseNumber: string } } = {}) {
  const service = scriptedService();
  const statuses: AddressLookupStatus['kind'][] = [];
  const lookup = createAddressLookupSession({ lookUp: service.lookUp, onStatus: (status) => statuses.push(status.kind), ...options });
  return { ...service, statuses, lookup };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('when the address is looked up', () => {
  it('once, after a quiet moment, for the number as finally typed', async () => {
    const { lookup, requests, statuses } = session();
    lookup.typed('1011 ab', '1');
    await vi.advanceTimersByTimeAsync(LOOKUP_DELAY_MS / 2);
    lookup.typed('1011 ab', '10');
    lookup.typed('1011 ab', '105');
    expect(requests).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(LOOKUP_DELAY_MS);
    expect(requests.map(({ postcode, houseNumber }) => `${postcode} ${houseNumber}`)).toEqual(['1011AB 105']);
    expect(statuses).toEqual(['searching']);
    requests[0]?.answer({ kind: 'found', addresses: [damrak] });
    await vi.runAllTimersAsync();
    expect(statuses).toEqual(['searching', 'found']);
  });

  it('not while postcode or number is incomplete', async () => {
    const { lookup, requests, statuses } = session();
    lookup.typed('1011', '105');
    lookup.typed('1011 AB', '');
    lookup.typed('1011 AB', '105a');
    await vi.runAllTimersAsync();
    expect(requests).toHaveLength(0);
    expect(statuses.every((status) => status === 'idle')).toBe(true);
  });

  it('not again for the same postcode and number, nor for an address already complete', async () => {
    const { lookup, requests } = session({ known: { postcode: '1011AB', houseNumber: '105' } });
    lookup.typed('1011 AB', '105');
    await vi.runAllTimersAsync();
    expect(requests).toHaveLength(0);
    lookup.typed('3521 AZ', '10');
    await vi.runAllTimersAsync();
    lookup.typed('3521AZ', '10');
    await vi.runAllTimersAsync();
    expect(requests).toHaveLength(1);
  });

  it('cancels the older lookup when the number changes, and ignores its late answer', async () => {
    const { lookup, requests, statuses } = session();
    lookup.typed('1011 AB', '105');
    await vi.runAllTimersAsync();
    lookup.typed('1011 AB', '106');
    expect(requests[0]?.signal.aborted).toBe(true);
    requests[0]?.answer({ kind: 'found', addresses: [damrak] });
    await vi.runAllTimersAsync();
    requests[1]?.answer({ kind: 'notFound' });
    await vi.runAllTimersAsync();
    expect(statuses).toEqual(['searching', 'searching', 'notFound']);
  });

  it('reports an address service that is down as unavailable, so the person types the address', async () => {
    const { lookup, requests, statuses } = session();
    lookup.typed('1011 AB', '105');
    await vi.runAllTimersAsync();
    requests[0]?.answer({ kind: 'unavailable' });
    await vi.runAllTimersAsync();
    expect(statuses.at(-1)).toBe('unavailable');
  });

  it('stops for good when the person chooses to type the address', async () => {
    const { lookup, requests, statuses } = session();
    lookup.typed('1011 AB', '105');
    await vi.runAllTimersAsync();
    lookup.stop();
    expect(requests[0]?.signal.aborted).toBe(true);
    lookup.typed('3521 AZ', '10');
    await vi.runAllTimersAsync();
    expect(requests).toHaveLength(1);
    expect(statuses).toEqual(['searching', 'manual']);
  });

  it('does not look up an address used from earlier in the application', async () => {
    const { lookup, requests } = session();
    lookup.typed('1011 AB', '10');
    lookup.settle('3521AZ', '10');
    lookup.typed('3521 AZ', '10');
    await vi.runAllTimersAsync();
    expect(requests).toHaveLength(0);
  });
});
