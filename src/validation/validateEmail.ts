import type { ValidationCodeFor } from './codes';
import type { ValidationResult } from './ValidationResult';

/** RFC 5321 limits a forward path to 256 characters including the angle brackets, so 254 for the address. */
const maxLength = 254;

/**
 * A domain label: letters (any script, for internationalised domains), digits and inner hyphens.
 * Catches the usual typos (`gmail,com`, `gmail..com`, trailing dot) without rejecting real addresses.
 */
const domainLabel = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?$/u;

/**
 * Validates an e-mail address pragmatically: one `@`, a non-empty part before it, a domain with at least one dot
 * after it, no spaces, at most 254 characters. It does not try to implement all of RFC 5322; the only real test
 * of an address is sending mail to it.
 *
 * @returns on success the address trimmed, with the domain in lower case (domains are case-insensitive; the part
 *   before the `@` is left as typed because a mail server may treat it case-sensitively).
 *   Codes: `email.empty`, `email.spaces`, `email.missingAt`, `email.multipleAt`, `email.localPart`
 *   (nothing before the @), `email.domain`, `email.tooLong`.
 */
export function validateEmail(raw: string): ValidationResult<string, ValidationCodeFor<'email'>> {
  const trimmed = raw.trim();
  if (trimmed === '') return { ok: false, code: 'email.empty' };
  if (/\s/.test(trimmed)) return { ok: false, code: 'email.spaces' };
  const parts = trimmed.split('@');
  if (parts.length === 1) return { ok: false, code: 'email.missingAt' };
  if (parts.length > 2) return { ok: false, code: 'email.multipleAt' };
  const [localPart = '', domain = ''] = parts;
  if (localPart === '') return { ok: false, code: 'email.localPart' };
  const labels = domain.split('.');
  const topLevel = labels[labels.length - 1] ?? '';
  if (labels.length < 2 || topLevel.length < 2 || !labels.every((label) => domainLabel.test(label))) {
    return { ok: false, code: 'email.domain' };
  }
  if (trimmed.length > maxLength) return { ok: false, code: 'email.tooLong' };
  return { ok: true, value: `${localPart}@${domain.toLowerCase()}` };
}
