import { createHmac } from 'node:crypto';
import type { ZgwClaims, ZgwClient } from './verifyZgwJwt';

/**
 * A ZGW JWT for `client` (HS256; `iss` = `client_id` = the client id), for tests that call the provider directly.
 * `iat` defaults to now, in seconds; `claims` may override any claim (e.g. an old `iat`).
 */
export function signZgwJwt(client: ZgwClient, claims: Partial<ZgwClaims> = {}): string {
  const payload = { iss: client.clientId, iat: Math.floor(Date.now() / 1000), client_id: client.clientId, ...claims };
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(payload)}`;
  return `${unsigned}.${createHmac('sha256', client.secret).update(unsigned).digest('base64url')}`;
}
