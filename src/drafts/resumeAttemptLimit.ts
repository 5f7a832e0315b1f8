import type { AttemptLimit } from '../crypto';

/**
 * How many wrong resume codes this device accepts: at most `maxFailures` within any `windowMinutes`.
 *
 * Per device, not per draft: a wrong code gives a different lookup id, so there is no way to know
 * which draft it was meant for. A right code does not reset the count, or someone with one valid
 * code could interleave it with guesses. With 5 per 15 minutes, trying every code of 54.5 bits
 * takes ~10^11 years; the intake service limits lookups of parked drafts the same way.
 */
export const RESUME_ATTEMPT_LIMIT = { maxFailures: 5, windowMinutes: 15 } as const satisfies AttemptLimit;
