import { zgwToken, type ZgwUser } from './zgwToken';

/** How a call to the case system went wrong. */
export type ZgwFailure =
  /** No answer: refused, reset or cut (also after the provider may have stored the object). */
  | 'unreachable'
  /** No answer within the configured time. */
  | 'timeout'
  /** An answer with an error status (`status`, `body`). */
  | 'status';

/** A call to a ZGW API that did not give the object asked for. */
export class ZgwCallError extends Error {
  override readonly name = 'ZgwCallError';

  constructor(
    /** E.g. `POST zaken`, for the history. */
    readonly operation: string,
    readonly failure: ZgwFailure,
    readonly status?: number,
    /** The provider's answer (a problem document, usually), cut to a readable size. */
    readonly body?: string,
    options?: ErrorOptions,
  ) {
    super(`${operation}: ${failure === 'status' ? `HTTP ${status}` : failure}`, options);
  }
}

/** A JSON request body, or one written piece by piece (a document with large `inhoud`). */
export type ZgwBody = unknown | { readonly stream: () => AsyncIterable<Uint8Array> };

/** Calls to the three ZGW APIs with the service's credentials, on behalf of `user`. */
export interface ZgwClient {
  get<T>(url: string, user: ZgwUser): Promise<T>;
  /** Every item of a list endpoint, following `next` through every page. */
  list<T>(url: string, query: Readonly<Record<string, string>>, user: ZgwUser): Promise<T[]>;
  post<T>(url: string, body: ZgwBody, user: ZgwUser): Promise<T>;
}

export interface ZgwClientOptions {
  readonly clientId: string;
  readonly secret: string;
  readonly timeoutMs: number;
  /** The Zaken API's root: its calls carry the coordinate-system headers it asks for. */
  readonly zakenApi: string;
  readonly now?: () => Date;
  readonly fetch?: typeof fetch;
}

/** A problem document is small; more is cut, so a provider cannot fill the history. */
const MAX_ERROR_BODY = 2000;
/** More pages than this is a provider that loops; no list we make is that long. */
const MAX_PAGES = 100;

/**
 * The ZGW client: a fresh JWT per call, a timeout per call, `Accept-Crs`/`Content-Crs`
 * (EPSG:4326) on the Zaken API as its OpenAPI document requires, and every failure as a
 * {@link ZgwCallError} that says whether an answer came.
 */
export function createZgwClient(options: ZgwClientOptions): ZgwClient {
  const now = options.now ?? (() => new Date());
  const doFetch = options.fetch ?? fetch;

  async function call<T>(method: 'GET' | 'POST', url: string, user: ZgwUser, body?: ZgwBody): Promise<T> {
    const operation = `${method} ${operationName(url)}`;
    const headers: Record<string, string> = {
      authorization: `Bearer ${zgwToken(options.clientId, options.secret, user, now())}`,
      accept: 'application/json',
    };
    if (url.startsWith(options.zakenApi)) {
      headers['accept-crs'] = 'EPSG:4326';
      if (method === 'POST') headers['content-crs'] = 'EPSG:4326';
    }
    let requestBody: BodyInit | undefined;
    if (body !== undefined) {
      headers['content-type'] = 'application/json';
      requestBody = isStreamed(body) ? streamOf(body.stream()) : JSON.stringify(body);
    }
    let response: Response;
    try {
      response = await doFetch(url, {
        method,
        headers,
        ...(requestBody === undefined ? {} : { body: requestBody }),
        // Needed by Node's fetch for a body that is a stream (https://github.com/nodejs/node/issues/46221).
        ...(requestBody instanceof ReadableStream ? { duplex: 'half' } : {}),
        signal: AbortSignal.timeout(options.timeoutMs),
        redirect: 'error',
      } as RequestInit);
    } catch (error) {
      const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
      throw new ZgwCallError(operation, timedOut ? 'timeout' : 'unreachable', undefined, undefined, { cause: error });
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
      throw new ZgwCallError(operation, timedOut ? 'timeout' : 'unreachable', undefined, undefined, { cause: error });
    }
    if (!response.ok) throw new ZgwCallError(operation, 'status', response.status, readableBody(text));
    try {
      return JSON.parse(text) as T;
    } catch (error) {
      throw new ZgwCallError(operation, 'status', response.status, `not JSON: ${readableBody(text).slice(0, 200)}`, { cause: error });
    }
  }

  return {
    get: (url, user) => call('GET', url, user),
    post: (url, body, user) => call('POST', url, user, body),
    async list<T>(url: string, query: Readonly<Record<string, string>>, user: ZgwUser): Promise<T[]> {
      const first = new URL(url);
      for (const [name, value] of Object.entries(query)) first.searchParams.set(name, value);
      const items: T[] = [];
      let next: string | null = first.toString();
      for (let page = 0; next !== null; page += 1) {
        if (page === MAX_PAGES) throw new ZgwCallError(`GET ${operationName(url)}`, 'status', 200, `more than ${MAX_PAGES} pages`);
        // Some list endpoints page (`{count, next, results}`), some answer a plain array.
        const answer: T[] | { readonly next?: string | null; readonly results: T[] } = await call('GET', next, user);
        if (Array.isArray(answer)) return [...items, ...answer];
        items.push(...answer.results);
        next = answer.next ?? null;
      }
      return items;
    },
  };
}

/**
 * A provider's error body as it may go into the history: cut to a readable size, and without NUL
 * and other control characters, which PostgreSQL cannot keep in text and which would make the
 * record of the failure itself fail.
 */
function readableBody(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').slice(0, MAX_ERROR_BODY);
}

function isStreamed(body: ZgwBody): body is { readonly stream: () => AsyncIterable<Uint8Array> } {
  return typeof body === 'object' && body !== null && 'stream' in body && typeof body.stream === 'function';
}

function streamOf(chunks: AsyncIterable<Uint8Array>): ReadableStream<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/** The resource a URL names, e.g. `zaken` or `enkelvoudiginformatieobjecten`, without ids or hosts (for the history). */
function operationName(url: string): string {
  const segments = new URL(url).pathname.split('/').filter((segment) => segment !== '');
  const resource = [...segments].reverse().find((segment) => !/^[0-9a-f-]{36}$/i.test(segment) && segment !== 'download');
  return resource ?? 'api';
}
