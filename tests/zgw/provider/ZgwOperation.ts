import type { ZgwApi } from './loadZgwDocuments';
import type { ZgwOperationKey } from './ZgwOperationKey';
import type { ZgwState } from './ZgwState';
import type { ZgwClient } from './verifyZgwJwt';

/** What a handler gets: the state, and the request as the contract accepted it. */
export interface ZgwHandlerContext {
  readonly state: ZgwState;
  /** The client whose token the request carried. */
  readonly client: ZgwClient;
  /** The provider's origin, e.g. `http://127.0.0.1:43121`. */
  readonly baseUrl: string;
  /** The request's absolute URL, for pagination links. */
  readonly requestUrl: URL;
  readonly query: Readonly<Record<string, unknown>>;
  readonly body: unknown;
  readonly params: Readonly<Record<string, string>>;
  readonly now: Date;
  readonly pageSize: number;
}

/** An answer: status, JSON body (or bytes), and headers besides Content-Type. */
export interface ZgwResult {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** One served operation: where it lives in which document, and what it does. */
export interface ZgwOperation {
  readonly key: ZgwOperationKey;
  readonly api: ZgwApi;
  /** Whether it stores something: only those can be cut after commit. */
  readonly writes: boolean;
  readonly handle: (context: ZgwHandlerContext) => ZgwResult;
}

/** Thrown when a request uses something the document allows but the provider does not implement (a filter, `expand`). */
export class ZgwProviderGap extends Error {
  override readonly name = 'ZgwProviderGap';
}
