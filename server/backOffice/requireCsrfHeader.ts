import type { onRequestAsyncHookHandler } from 'fastify';
import { ProblemError } from '../problems/ProblemError';

/**
 * Refuses a state-changing back-office request without `X-Requested-With`, before its body is
 * read. Beside `SameSite=Strict` a second lock against cross-site request forgery: a form or link
 * of another site cannot set a custom header, and a script there may not without a CORS preflight,
 * which the service never grants (OWASP CSRF Prevention Cheat Sheet, "Custom Request Headers").
 */
export const requireCsrfHeader: onRequestAsyncHookHandler = async (request) => {
  const value = request.headers['x-requested-with'];
  if (typeof value !== 'string' || value.trim() === '') throw new ProblemError('csrf-header-missing');
};
