import type { InvalidParam } from './invalidParamsFromAjv';

/**
 * A failure the provider plays instead of (or after) handling one request:
 * - `500`: answers 500 (a `Fout`) and stores nothing.
 * - `timeout`: never answers; the connection stays open until the client gives up or the provider closes.
 *   With `commit: true` it stores the object first (the provider did the work, the client never hears).
 * - `cutAfterCommit`: stores the object, then destroys the connection without a byte of answer.
 * - `expiredToken`: answers 401 `jwt-expired`, as for a token whose `iat` is too old; stores nothing.
 * - `badRequest`: answers 400 with a `ValidatieFout` (`invalidParams`, default one `nonFieldErrors`); stores nothing.
 * - `brokenResponse`: handles the request, then breaks its own answer (`mutate`, default: drops `url`) before
 *   the response check, so a test can see the provider catch itself (answer 500, entry in `responseProblems()`).
 */
export type ZgwFault =
  | { readonly kind: '500' }
  | { readonly kind: 'timeout'; readonly commit?: boolean }
  | { readonly kind: 'cutAfterCommit' }
  | { readonly kind: 'expiredToken' }
  | { readonly kind: 'badRequest'; readonly invalidParams?: readonly InvalidParam[] }
  | { readonly kind: 'brokenResponse'; readonly mutate?: (body: unknown) => unknown };
