// @vitest-environment node
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAddressStandIn, type AddressStandIn } from '../../server/addressLookup/standIn/startAddressStandIn';
import { startTestServer, TOKEN, type TestServer } from './support/testServer';

const auth = { authorization: `Bearer ${TOKEN}` };
const lookup = (postcode: string, houseNumber: string) => `/api/v1/address-lookup?${new URLSearchParams({ postcode, houseNumber })}`;

/** A local HTTP server that answers every request with `handle`, for an address service that misbehaves. */
async function fakeAddressService(handle: Parameters<typeof createServer>[1]): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise((resolve) => {
        // A request the fake never answers would otherwise keep it open.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe('the address service stand-in', () => {
  let standIn: AddressStandIn;
  beforeAll(async () => {
    standIn = await startAddressStandIn();
  });
  afterAll(() => standIn.close());

  it('answers a PDOK Locatieserver query in PDOK’s shape', async () => {
    const response = await fetch(`${standIn.url}/search/v3_1/free?fq=postcode:1011AB&fq=huisnummer:105&fq=type:adres`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { response: { numFound: number; docs: Record<string, unknown>[] } };
    expect(body.response.numFound).toBe(3);
    expect(body.response.docs[1]).toMatchObject({
      type: 'adres',
      weergavenaam: 'Damrak 105A, 1011AB Amsterdam',
      straatnaam: 'Damrak',
      huisnummer: 105,
      huisletter: 'A',
      postcode: '1011AB',
      woonplaatsnaam: 'Amsterdam',
      gemeentenaam: 'Amsterdam',
      centroide_ll: expect.stringMatching(/^POINT\([\d.]+ [\d.]+\)$/),
      nummeraanduiding_id: expect.stringMatching(/^\d{16}$/),
      adresseerbaarobject_id: expect.stringMatching(/^\d{16}$/),
    });
    expect(body.response.docs[2]).toMatchObject({ huisnummertoevoeging: '2', weergavenaam: 'Damrak 105-2, 1011AB Amsterdam' });
  });

  it('honours rows and fl as PDOK does, and finds nothing at an unknown postcode', async () => {
    const limited = (await (await fetch(`${standIn.url}/search/v3_1/free?fq=postcode:3584CS&rows=2&fl=postcode%20huisnummertoevoeging`)).json()) as {
      response: { numFound: number; docs: unknown[] };
    };
    expect(limited.response.numFound).toBe(14);
    expect(limited.response.docs).toEqual([
      { postcode: '3584CS', huisnummertoevoeging: '1' },
      { postcode: '3584CS', huisnummertoevoeging: '2' },
    ]);
    const none = (await (await fetch(`${standIn.url}/search/v3_1/free?fq=postcode:9999ZZ&fq=huisnummer:1&fq=type:adres`)).json()) as {
      response: { numFound: number; docs: unknown[] };
    };
    expect(none.response).toMatchObject({ numFound: 0, docs: [] });
  });
});

describe('GET /api/v1/address-lookup', () => {
  let standIn: AddressStandIn;
  let server: TestServer;
  beforeAll(async () => {
    standIn = await startAddressStandIn();
    server = await startTestServer({ addressLookupUrl: standIn.url });
  });
  afterAll(async () => {
    await server.close();
    await standIn.close();
  });

  it('finds the one address at a postcode and number, however the postcode is typed', async () => {
    const response = await server.fetch(lookup('3521 az', '10'), { headers: auth });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.body).toEqual({ addresses: [{ id: '0344200000000101', postcode: '3521AZ', houseNumber: '10', street: 'Croeselaan', city: 'Utrecht' }] });
  });

  it('lists every house letter and addition at a number, in the register’s order', async () => {
    const response = await server.fetch(lookup('1011AB', '105'), { headers: auth });
    expect(response.body).toMatchObject({
      addresses: [
        { houseNumber: '105', street: 'Damrak', city: 'Amsterdam' },
        { houseNumber: '105', addition: '2' },
        { houseNumber: '105', houseLetter: 'A' },
      ],
    });
    const [plain] = (response.body as { addresses: object[] }).addresses;
    expect(plain).not.toHaveProperty('houseLetter');
    expect(plain).not.toHaveProperty('addition');
  });

  it('answers an empty list when nothing is there', async () => {
    const response = await server.fetch(lookup('9999ZZ', '1'), { headers: auth });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ addresses: [] });
  });

  it('refuses a device that is not linked, and a postcode or number that is not one', async () => {
    expect((await server.fetch(lookup('1011AB', '105'))).status).toBe(401);
    expect((await server.fetch(lookup('0123AB', '105'), { headers: auth })).status).toBe(400);
    expect((await server.fetch(lookup('1011AB', '105a'), { headers: auth })).status).toBe(400);
    expect((await server.fetch('/api/v1/address-lookup?postcode=1011AB', { headers: auth })).status).toBe(400);
  });

  it('never writes the postcode to the log', () => {
    const written = server.logs.join('');
    expect(written).toContain('/api/v1/address-lookup');
    expect(written).not.toMatch(/1011\s?AB|3521\s?AZ/i);
  });
});

describe('the address lookup when the address service fails', () => {
  it.each([
    ['is not configured', async () => ({ url: undefined, close: async () => {} })],
    ['cannot be reached', async () => {
      const gone = await fakeAddressService(() => {});
      await gone.close();
      return { url: gone.url, close: async () => {} };
    }],
    ['answers with an error', () => fakeAddressService((_request, response) => response.writeHead(500).end('{"error":"down"}'))],
    ['answers with something else than PDOK', () => fakeAddressService((_request, response) => response.writeHead(200, { 'content-type': 'text/html' }).end('<h1>Maintenance</h1>'))],
    ['does not answer in time', () => fakeAddressService(() => {})],
  ])('answers 503 when the address service %s', async (_case, start) => {
    const service = await start();
    const server = await startTestServer({ ...(service.url ? { addressLookupUrl: service.url } : {}), addressLookupTimeoutMs: 300 });
    try {
      const response = await server.fetch(lookup('1011AB', '105'), { headers: auth });
      expect(response.status).toBe(503);
      expect(response.body).toMatchObject({ type: 'urn:hulploket:problem:address-lookup-unavailable', title: 'Adres zoeken lukt nu niet' });
    } finally {
      await server.close();
      await service.close();
    }
  });
});
