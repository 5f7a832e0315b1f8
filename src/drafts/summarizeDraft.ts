import { isAnswered } from '../wizard';
import type { Draft } from '../deviceDatabase';
import type { DraftSummary } from './DraftSummary';

/** A draft without its answers, for the staff list: the count shows progress, no value is copied. */
export function summarizeDraft(draft: Draft): DraftSummary {
  const { id, permitId, permitVersion, stepId, startedAt, updatedAt } = draft;
  const answeredCount = Object.values(draft.answers).filter((answer) => isAnswered(answer)).length;
  return stepId === undefined
    ? { id, permitId, permitVersion, startedAt, updatedAt, answeredCount }
    : { id, permitId, permitVersion, stepId, startedAt, updatedAt, answeredCount };
}
