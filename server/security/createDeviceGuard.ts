import type { onRequestAsyncHookHandler } from 'fastify';
import { ProblemError } from '../problems/ProblemError';
import type { DeviceVerifier } from './deviceTokens';
import type { RateLimiter } from './RateBudgets';

/**
 * An `onRequest` hook for routes that need a linked device: 401 without a valid bearer token,
 * 429 with `Retry-After` when the device is over its rate. Runs before the body is read, so a
 * refused upload costs no disk.
 */
export function createDeviceGuard(verify: DeviceVerifier, limit: RateLimiter): onRequestAsyncHookHandler {
  return async (request) => {
    const device = verify(request.headers.authorization);
    if (!device) throw new ProblemError('unauthorized');
    request.device = device;
    const decision = await limit.take(device.id);
    if (!decision.allowed) throw new ProblemError('rate-limited', { retryAfterSeconds: decision.retryAfterSeconds });
  };
}
