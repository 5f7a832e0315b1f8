import { conditionQuestions, isConditionMet } from './conditions';
import type { Answers, Outcome, OutcomeReason, OutcomeResult } from './definition';

/** Which result of an outcome applies, and the reasons that make it so (none for the fallback). */
export interface OutcomeJudgement {
  readonly result: OutcomeResult;
  readonly reasons: readonly OutcomeReason[];
}

/**
 * Judges an outcome on *normalised* answers: the first result with a reason that holds, with all
 * of its reasons that hold (a person hears every reason, not just the first), else the last result.
 */
export function judgeOutcome(outcome: Outcome, answers: Answers): OutcomeJudgement {
  for (const result of outcome.results) {
    if (!result.reasons) return { result, reasons: [] };
    const reasons = result.reasons.filter((reason) => isConditionMet(reason.when, answers));
    if (reasons.length > 0) return { result, reasons };
  }
  // checkDefinition guarantees a last result without reasons; a definition that skipped the check is a bug.
  throw new Error(`Outcome "${outcome.id}" has no result without reasons to fall back on`);
}

/** The question ids an outcome's reasons read. */
export function outcomeQuestions(outcome: Outcome): string[] {
  return outcome.results.flatMap((result) => (result.reasons ?? []).flatMap((reason) => conditionQuestions(reason.when)));
}
