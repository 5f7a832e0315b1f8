import type { ZgwOperationKey } from './ZgwOperationKey';
import type { ZgwClaims } from './verifyZgwJwt';
import type { ZgwFault } from './ZgwFault';

/** One request the provider received, as tests inspect it. */
export interface ZgwRequestRecord {
  readonly operation: ZgwOperationKey;
  readonly method: string;
  /** Path and query as received, e.g. `/zaken/api/v1/zaken?identificatie=HV-1`. */
  readonly url: string;
  /** The verified claims, or null when the token was refused (or a fault answered first). */
  claims: ZgwClaims | null;
  /** The parsed JSON body of a POST, or undefined. */
  body: unknown;
  /** The status answered; `'no answer'` for a `timeout` or `cutAfterCommit` fault. */
  status: number | 'no answer' | 'pending';
  /** The fault played on it, if any. */
  readonly fault: ZgwFault['kind'] | undefined;
}
