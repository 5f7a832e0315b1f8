import { createHmac } from 'node:crypto';

/** On whose behalf a call is made: recorded by the case system in its audit trail. */
export interface ZgwUser {
  readonly id: string;
  readonly representation: string;
}

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

/**
 * A JWT as the ZGW APIs ask for it (securityScheme "JWT-Claims": HS256 with the client's secret;
 * claims `iss`, `iat`, `client_id`, `user_id`, `user_representation`), made per call so it is
 * always fresh: providers refuse tokens older than their leeway.
 * https://vng-realisatie.github.io/gemma-zaken/themas/achtergronddocumentatie/authenticatie-autorisatie
 */
export function zgwToken(clientId: string, secret: string, user: ZgwUser, now: Date): string {
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = base64url(
    JSON.stringify({
      iss: clientId,
      iat: Math.floor(now.getTime() / 1000),
      client_id: clientId,
      user_id: user.id,
      user_representation: user.representation,
    }),
  );
  const signature = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url');
  return `${header}.${payload}.${signature}`;
}
