import { isAnswered } from './conditions';
import type { AddressAnswer, AnswerValue, Answers, PermitDefinition, Question, Step } from './definition';
import { normalizeAnswer } from './questionTypes';
import { visiblePlan } from './visibility';

/*
 * Earlier answers used again, so nothing is asked twice (WCAG 3.3.7): silently where a definition
 * says a question takes an earlier answer (`prefillFrom`), as an offer where the person decides.
 */

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

/**
 * The addresses given earlier in this application, to offer at a later address question with
 * one tap ("an address given once is offered again"): every complete, valid answer to an address
 * question asked before `question`, once each, in the order they were asked. Not filled in by
 * itself: a second address (an event's location, a parking space) is often another one.
 */
export function earlierAddresses(permit: PermitDefinition, question: Question, raw: Answers, today: string): AddressAnswer[] {
  const found = new Map<string, AddressAnswer>();
  for (const { questions } of visiblePlan(permit, raw, today)) {
    for (const earlier of questions) {
      if (earlier.id === question.id) return [...found.values()];
      if (earlier.type !== 'address') continue;
      const normalized = normalizeAnswer(earlier, raw[earlier.id], today);
      if (normalized.status !== 'valid' || typeof normalized.value !== 'object' || Array.isArray(normalized.value)) continue;
      const address = normalized.value as AddressAnswer;
      const key = [address.postcode, address.houseNumber, address.houseLetter, address.addition, address.street, address.city].map((part) => (part ?? '').toLowerCase()).join('|');
      if (!found.has(key)) found.set(key, address);
    }
  }
  return [...found.values()];
}
