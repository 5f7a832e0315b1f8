import { isAnswered } from './conditions';
import type { AnswerValue, Answers, Step } from './definition';

/**
 * Answers to fill in on a step from earlier answers (WCAG 3.3.7: never ask twice). Only
 * questions that were never touched are filled: an answer the person cleared on purpose
 * (an empty string) stays cleared.
 */
export function prefillForStep(step: Step, raw: Answers): Record<string, AnswerValue> {
  const prefilled: Record<string, AnswerValue> = {};
  for (const question of step.questions) {
    const source = question.prefillFrom === undefined ? undefined : raw[question.prefillFrom];
    if (raw[question.id] === undefined && source !== undefined && isAnswered(source)) prefilled[question.id] = source;
  }
  return prefilled;
}
