import type { Draft } from './Draft';

/** Whether `value` has the shape of a `Draft`; for records that come back from a sealed copy. */
export function isDraft(value: unknown): value is Draft {
  if (typeof value !== 'object' || value === null) return false;
  const draft = value as Record<string, unknown>;
  return (
    typeof draft.id === 'string' &&
    typeof draft.permitId === 'string' &&
    typeof draft.permitVersion === 'number' &&
    typeof draft.answers === 'object' &&
    draft.answers !== null &&
    !Array.isArray(draft.answers) &&
    (draft.stepId === undefined || typeof draft.stepId === 'string') &&
    typeof draft.startedAt === 'string' &&
    typeof draft.updatedAt === 'string'
  );
}
