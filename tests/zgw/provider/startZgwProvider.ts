import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';
import type { AddressInfo } from 'node:net';
import { catalogiOperations } from './catalogiOperations';
import { documentenOperations } from './documentenOperations';
import { loadZgwDocuments, type ZgwApi } from './loadZgwDocuments';
import { seedZgwCatalogus, type CatalogusSeed, type SeededCatalogus } from './seedZgwCatalogus';
import { verifyZgwJwt, type ZgwClient } from './verifyZgwJwt';
import { ZgwContract, type ContractOperation } from './ZgwContract';
import type { ZgwFault } from './ZgwFault';
import { ZgwFaults } from './ZgwFaults';
import { ZgwProviderGap, type ZgwOperation, type ZgwResult } from './ZgwOperation';
import { fout, validatieFout } from './zgwProblems';
import type { ZgwRequestRecord } from './ZgwRequestRecord';
import { ZGW_KINDS, ZgwState, type StoredObject, type ZgwKind } from './ZgwState';
import { zakenOperations } from './zakenOperations';
import { zgwBasePath } from './zgwUrl';

/** How to start a provider. */
export interface ZgwProviderOptions {
  /** The clients that may call, each with its HS256 secret. */
  readonly clients: readonly ZgwClient[];
  /** How old a token's `iat` may be, in seconds. Default 3600 (Open Zaak's JWT_EXPIRY default). */
  readonly tokenMaxAgeSeconds?: number;
  /** Clock skew allowed on `iat`, in seconds. Default 5. */
  readonly tokenLeewaySeconds?: number;
  /** The provider's clock (tokens, registratiedatum, ...). Default: the system clock. */
  readonly now?: () => Date;
  /** Page size of list responses when the client gives no `pageSize`. Default 100 (Open Zaak's). */
  readonly pageSize?: number;
  /** Largest request body, in bytes. Default 64 MiB (a document's `inhoud` comes base64 inside JSON). */
  readonly bodyLimitBytes?: number;
}

/** A running provider, on a free loopback port. */
export interface ZgwProvider {
  /** Origin, e.g. `http://127.0.0.1:43121`. */
  readonly url: string;
  /** Base URLs of the three APIs, e.g. `http://127.0.0.1:43121/zaken/api/v1`. */
  readonly apis: { readonly catalogi: string; readonly zaken: string; readonly documenten: string };
  /** Faults on demand, per operation. */
  readonly faults: ZgwFaults;
  /** Builds a catalogus with its zaaktypen, roltypen, statustypen and informatieobjecttypen. */
  seedCatalogus(seed: CatalogusSeed): SeededCatalogus;
  /** The objects of `kind`, in creation order, as the API serves them. */
  objects(kind: ZgwKind): readonly StoredObject[];
  /** Number of objects per kind. */
  counts(): Readonly<Record<ZgwKind, number>>;
  /** The bytes of a document's `inhoud`, by the document's URL. */
  content(documentUrl: string): Buffer | undefined;
  /** Every request received, oldest first, with its verified claims. */
  requests(): readonly ZgwRequestRecord[];
  /**
   * What the provider did wrong itself: a response of its own that does not match the document, or a declared
   * feature it does not implement. A test should expect this to be empty.
   */
  problems(): readonly string[];
  /**
   * Takes the provider down (`true`) or back up (`false`): while down, every request's connection is closed
   * without an answer, as when the case system is unreachable; its objects stay.
   */
  setDown(down: boolean): void;
  /** Forgets every object, request, fault and problem (the catalogus too: seed again). */
  reset(): void;
  /** Ends held connections (timeouts) and stops listening. */
  close(): Promise<void>;
}

/** The `API-version` header each API sends: the version of its document (`tests/zgw/specs/SOURCE.txt`). */
const API_VERSIONS: Readonly<Record<ZgwApi, string>> = { catalogi: '1.3.1', zaken: '1.5.1', documenten: '1.4.2' };

let contract: ZgwContract | undefined;

/**
 * Starts a test ZGW provider: the Catalogi, Zaken and Documenten APIs (the operations a forwarder needs) on
 * `127.0.0.1` at a free port, under `/catalogi/api/v1`, `/zaken/api/v1`, `/documenten/api/v1`. Every request
 * is checked against the official documents (400 `ValidatieFout`, 412/406 for CRS headers, 415 for a wrong
 * Content-Type) after its JWT; every response is checked before it is sent.
 */
export async function startZgwProvider(options: ZgwProviderOptions): Promise<ZgwProvider> {
  contract ??= new ZgwContract(loadZgwDocuments());
  const checks = contract;
  const state = new ZgwState();
  const faults = new ZgwFaults();
  const records: ZgwRequestRecord[] = [];
  const problems: string[] = [];
  const now = options.now ?? (() => new Date());
  const app = Fastify({ bodyLimit: options.bodyLimitBytes ?? 64 * 1024 * 1024 });
  // Every body reaches the contract check as bytes, so a wrong Content-Type or bad JSON gets the answer Open
  // Zaak gives (415, 400) rather than Fastify's own.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
  let baseUrl = '';
  let down = false;

  const serve = (operation: ZgwOperation, check: ContractOperation) => {
    const [method = 'GET', template = ''] = operation.key.split(' ');
    const route = `${zgwBasePath(operation.api)}${template.replace(/\{(\w+)\}/g, ':$1')}`;
    app.route({
      method: method === 'POST' || method === 'PATCH' ? method : 'GET',
      url: route,
      handler: async (request, reply) => {
        if (down) {
          records.push({ operation: operation.key, method, url: request.url, claims: null, body: undefined, status: 'no answer', fault: undefined });
          reply.hijack();
          request.raw.socket.destroy();
          return reply;
        }
        const fault = faults.take(operation.key);
        const record: ZgwRequestRecord = { operation: operation.key, method, url: request.url, claims: null, body: undefined, status: 'pending', fault: fault?.kind };
        records.push(record);
        const answer = (result: ZgwResult) => send(reply, record, check, result, problems, fault, API_VERSIONS[operation.api]);
        if (fault?.kind === 'timeout' && fault.commit !== true) return hold(reply, record);
        if (fault?.kind === 'expiredToken') return answer(fout(baseUrl, 401, 'jwt-expired', 'Het token is verlopen.'));
        const token = verifyZgwJwt(
          header(request, 'authorization'),
          options.clients,
          Math.floor(now().getTime() / 1000),
          options.tokenMaxAgeSeconds ?? 3600,
          options.tokenLeewaySeconds ?? 5,
        );
        if (!token.ok) return answer(fout(baseUrl, token.status, token.code, token.status === 401 ? 'Niet geauthenticeerd.' : 'Geen toegang.', token.detail));
        record.claims = token.claims;
        const caller = options.clients.find((known) => known.clientId === token.claims.client_id);
        if (!caller) throw new Error('verifyZgwJwt accepted a client the provider does not know');
        const accepted = check.checkRequest(
          {
            headers: Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(',') : value])),
            query: request.query as Record<string, string | string[]>,
            path: request.params as Record<string, string>,
            body: Buffer.isBuffer(request.body) ? request.body : undefined,
          },
          baseUrl,
        );
        if ('status' in accepted) return answer(accepted);
        record.body = accepted.body;
        if (fault?.kind === '500') return answer(fout(baseUrl, 500, 'error', 'Er is een serverfout opgetreden.'));
        if (fault?.kind === 'badRequest') {
          return answer(validatieFout(baseUrl, fault.invalidParams ?? [{ name: 'nonFieldErrors', code: 'invalid', reason: 'Fout op verzoek van de test.' }]));
        }
        let result: ZgwResult;
        try {
          result = operation.handle({
            state,
            client: caller,
            baseUrl,
            requestUrl: new URL(request.url, baseUrl),
            query: accepted.query,
            body: accepted.body,
            params: request.params as Record<string, string>,
            now: now(),
            pageSize: options.pageSize ?? 100,
          });
        } catch (error) {
          if (!(error instanceof ZgwProviderGap)) throw error;
          problems.push(`${operation.key}: ${error.message}`);
          return answer(fout(baseUrl, 500, 'provider-gap', 'Niet geïmplementeerd in de testprovider.', error.message));
        }
        if (fault?.kind === 'timeout') return hold(reply, record);
        if (fault?.kind === 'cutAfterCommit') {
          record.status = 'no answer';
          reply.hijack();
          request.raw.socket.destroy();
          return reply;
        }
        return answer(result);
      },
    });
  };
  for (const operation of [...catalogiOperations, ...zakenOperations, ...documentenOperations]) {
    const [method = '', template = ''] = operation.key.split(' ');
    serve(operation, checks.operation(operation.api, method === 'POST' ? 'post' : method === 'PATCH' ? 'patch' : 'get', template));
  }
  // Fastify's own refusals (a body over `bodyLimitBytes` is 413, as the Documenten API declares) as a Fout;
  // anything else is the provider's own fault: recorded, so the test that met it fails.
  app.setErrorHandler((error: { statusCode?: number; message: string }, request, reply) => {
    const status = error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) problems.push(`${request.method} ${request.url}: ${error.message}`);
    const { body } = fout(baseUrl, status, status === 413 ? 'request_entity_too_large' : 'error', status === 500 ? 'Er is een serverfout opgetreden.' : 'Verzoek geweigerd.', error.message);
    return reply.code(status).type('application/problem+json').send(body);
  });
  // An unknown path is 404 with a Fout, as a ZGW API answers.
  app.setNotFoundHandler((_request, reply) => {
    const { status, body } = fout(baseUrl, 404, 'not_found', 'Niet gevonden.');
    return reply.code(status).type('application/problem+json').send(body);
  });

  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;

  return {
    url: baseUrl,
    apis: { catalogi: baseUrl + zgwBasePath('catalogi'), zaken: baseUrl + zgwBasePath('zaken'), documenten: baseUrl + zgwBasePath('documenten') },
    faults,
    seedCatalogus: (seed) => seedZgwCatalogus(state, baseUrl, seed),
    objects: (kind) => state.list(kind),
    counts: () => Object.fromEntries(ZGW_KINDS.map((kind) => [kind, state.list(kind).length])) as Record<ZgwKind, number>,
    content: (documentUrl) => {
      const document = state.byUrl('enkelvoudiginformatieobjecten', documentUrl);
      return document ? state.contents.get(document.uuid) : undefined;
    },
    requests: () => [...records],
    problems: () => [...problems],
    setDown: (value) => {
      down = value;
    },
    reset: () => {
      down = false;
      state.clear();
      faults.clear();
      records.length = 0;
      problems.length = 0;
    },
    close: async () => {
      app.server.closeAllConnections();
      await app.close();
    },
  };
}

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Never answers: the client's own timeout is what ends the request (or `close()`). */
function hold(reply: FastifyReply, record: ZgwRequestRecord): FastifyReply {
  record.status = 'no answer';
  reply.hijack();
  return reply;
}

/**
 * Sends `result` after checking it against the document; a response that does not match is recorded in
 * `problems`, logged, and replaced by a 500, so the test that caused it fails where it looks.
 */
function send(
  reply: FastifyReply,
  record: ZgwRequestRecord,
  check: ContractOperation,
  result: ZgwResult,
  problems: string[],
  fault: ZgwFault | undefined,
  version: string,
): FastifyReply {
  const binary = Buffer.isBuffer(result.body);
  const contentType = binary ? 'application/octet-stream' : result.status >= 400 ? 'application/problem+json' : 'application/json';
  const headers: Record<string, string> = { 'API-version': version, ...result.headers, 'Content-Type': contentType };
  let body = result.body;
  if (fault?.kind === 'brokenResponse') body = (fault.mutate ?? dropUrl)(structuredClone(body));
  const lowerCased = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
  const found = check.checkResponse({ status: result.status, headers: lowerCased, body });
  if (found.length > 0) {
    problems.push(...found);
    console.error(`ZGW test provider sent a response that does not match its document:\n${found.join('\n')}`);
    record.status = 500;
    return reply
      .code(500)
      .type('application/problem+json')
      .send({ type: 'about:blank', code: 'provider-response-invalid', title: 'De testprovider gaf een ongeldig antwoord.', status: 500, detail: found.join('\n'), instance: record.url });
  }
  record.status = result.status;
  return reply.code(result.status).headers(headers).send(binary ? body : JSON.stringify(body));
}

function dropUrl(body: unknown): unknown {
  if (typeof body !== 'object' || body === null) return body;
  const { url: _url, ...rest } = body as Record<string, unknown>;
  return rest;
}
