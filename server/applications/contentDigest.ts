import { createHash } from 'node:crypto';
import { canonicalJson } from './canonicalJson';

/**
 * SHA-256 (hex) of everything a submission says: the application JSON in canonical form and, per
 * file part in order, its name, size and content digest. Two requests with the same
 * Idempotency-Key are "the same" exactly when this matches (docs/intake.md, "Exactly once": 200 for the same
 * content, 409 for other content).
 */
export function contentDigest(application: unknown, files: ReadonlyArray<{ readonly field: string; readonly size: number; readonly sha256: string }>): string {
  const content = canonicalJson({ application, files: files.map(({ field, size, sha256 }) => ({ field, size, sha256 })) });
  return createHash('sha256').update(content, 'utf8').digest('hex');
}
