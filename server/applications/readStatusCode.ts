import { parseStatusCode, STATUS_CODE_PATTERN, type StatusCode } from '../../src/crypto';
import { ProblemError } from '../problems/ProblemError';

/**
 * The application's `statusCode` (api/openapi.json, `Application.statusCode`): optional, as
 * tablets queued applications before they made one; when present, a code in canonical form whose
 * check symbol matches, as `createStatusCode` makes it.
 *
 * @throws ProblemError 400 `status-code-invalid` for anything else: the app made it, not the person,
 *   so no answer of theirs can mend it.
 */
export function readStatusCode(application: unknown): StatusCode | undefined {
  if (typeof application !== 'object' || application === null || !('statusCode' in application)) return undefined;
  const { statusCode } = application;
  if (typeof statusCode !== 'string' || !STATUS_CODE_PATTERN.test(statusCode)) throw new ProblemError('status-code-invalid');
  const parsed = parseStatusCode(statusCode);
  if (!parsed.ok) throw new ProblemError('status-code-invalid');
  return parsed.code;
}
