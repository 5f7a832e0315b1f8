import { createHmac, timingSafeEqual } from 'node:crypto';

/** The claims a ZGW client puts in its JWT (see the "Autorisatie" part of each document's description). */
export interface ZgwClaims {
  readonly iss: string;
  readonly iat: number;
  readonly client_id: string;
  readonly user_id?: string;
  readonly user_representation?: string;
}

/** A client the provider knows: its id and the secret it signs with (HS256). */
export interface ZgwClient {
  readonly clientId: string;
  readonly secret: string;
  /**
   * The zaaktype `identificatie`s this client may create zaken for, as its authorisations in the Autorisaties
   * API would say; another zaaktype is 403. Default: all.
   */
  readonly zaaktypen?: readonly string[];
}

/** What is wrong with a token, as the provider answers: 401 for a token that proves nothing, 403 for an unknown client. */
export type JwtVerdict =
  | { readonly ok: true; readonly claims: ZgwClaims }
  | { readonly ok: false; readonly status: 401 | 403; readonly code: string; readonly detail: string };

/**
 * Checks `Authorization: Bearer <jwt>`: HS256 only (no `none`, no other algorithm), signed with the secret of
 * the client named in `client_id`, `iss` equal to it, and `iat` at most `maxAgeSeconds` old and not in the future
 * (beyond `leewaySeconds`), as Open Zaak checks with its JWT_EXPIRY and JWT_LEEWAY settings.
 */
export function verifyZgwJwt(
  authorization: string | undefined,
  clients: readonly ZgwClient[],
  nowSeconds: number,
  maxAgeSeconds: number,
  leewaySeconds: number,
): JwtVerdict {
  const refuse = (status: 401 | 403, code: string, detail: string): JwtVerdict => ({ ok: false, status, code, detail });
  const match = /^Bearer ([^.\s]+)\.([^.\s]+)\.([^.\s]*)$/.exec(authorization ?? '');
  if (!match) return refuse(401, 'not_authenticated', 'Authenticatiegegevens zijn niet opgegeven.');
  const [, header64 = '', payload64 = '', signature64 = ''] = match;
  const header = decodeJson(header64);
  const payload = decodeJson(payload64);
  if (!header || header.alg !== 'HS256') return refuse(401, 'authentication_failed', 'Alleen HS256-tokens worden aanvaard.');
  if (!payload) return refuse(401, 'authentication_failed', 'Het token is geen JWT.');
  const clientId = payload.client_id;
  if (typeof clientId !== 'string') return refuse(401, 'authentication_failed', "Claim 'client_id' ontbreekt.");
  const client = clients.find((candidate) => candidate.clientId === clientId);
  if (!client) return refuse(403, 'permission_denied', 'Client identifier bestaat niet.');
  const expected = createHmac('sha256', client.secret).update(`${header64}.${payload64}`).digest();
  const given = Buffer.from(signature64, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return refuse(401, 'authentication_failed', 'Ongeldige handtekening.');
  if (payload.iss !== clientId) return refuse(401, 'authentication_failed', "Claim 'iss' is niet de client_id.");
  const iat = payload.iat;
  if (typeof iat !== 'number') return refuse(401, 'authentication_failed', "Claim 'iat' ontbreekt.");
  if (iat > nowSeconds + leewaySeconds) return refuse(401, 'authentication_failed', "Claim 'iat' ligt in de toekomst.");
  if (nowSeconds - iat > maxAgeSeconds + leewaySeconds) return refuse(401, 'jwt-expired', 'Het token is verlopen.');
  const optional = (name: 'user_id' | 'user_representation') => (typeof payload[name] === 'string' ? { [name]: payload[name] } : {});
  return { ok: true, claims: { iss: clientId, iat, client_id: clientId, ...optional('user_id'), ...optional('user_representation') } };
}

function decodeJson(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
