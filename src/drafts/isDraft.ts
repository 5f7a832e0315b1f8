import type { Draft } from '../deviceDatabase';

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
    typeof draft.updatedAt === 'string' &&
    (draft.consent === undefined || isConsent(draft.consent)) &&
    (draft.helper === undefined || isHelper(draft.helper)) &&
    (draft.typedBy === undefined || isTypedBy(draft.typedBy)) &&
    (draft.internalNote === undefined || typeof draft.internalNote === 'string') &&
    (draft.recordedAtDesk === undefined || isDeskRecords(draft.recordedAtDesk))
  );
}

function isConsent(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const { given, at, contactChannel } = value as Record<string, unknown>;
  return given === true && typeof at === 'string' && (contactChannel === 'post' || contactChannel === 'email' || contactChannel === 'phone');
}

function isHelper(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const { staffId, staffName } = value as Record<string, unknown>;
  return typeof staffId === 'string' && typeof staffName === 'string';
}

function isTypedBy(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((who) => who === 'citizen' || who === 'staff');
}

function isDeskRecords(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((record) => isHelper(record) && typeof (record as Record<string, unknown>).at === 'string');
}
