import { createHash, timingSafeEqual } from 'node:crypto';

/** A linked device as the service knows it: a short id derived from its token, safe to store and log. */
export interface Device {
  /** First 16 hex digits of SHA-256(token); identifies the device without revealing the token. */
  readonly id: string;
}

/** Checks `Authorization` header values against the configured device tokens. */
export type DeviceVerifier = (authorization: string | undefined) => Device | undefined;

/**
 * Makes a verifier for `Authorization: Bearer <token>` (RFC 6750). Tokens are compared as SHA-256
 * digests with `timingSafeEqual`, and always against every configured token, so neither the
 * length nor the position of a match shows in the response time.
 */
export function createDeviceVerifier(tokens: readonly string[]): DeviceVerifier {
  const known = tokens.map((token) => ({ digest: sha256(token), device: { id: sha256(token).toString('hex').slice(0, 16) } }));
  return (authorization) => {
    const match = /^Bearer ([^\s]+)$/i.exec(authorization?.trim() ?? '');
    if (!match?.[1]) return undefined;
    const presented = sha256(match[1]);
    let found: Device | undefined;
    for (const candidate of known) {
      if (timingSafeEqual(candidate.digest, presented)) found = candidate.device;
    }
    return found;
  };
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}
