import type { Answers, PermitDefinition } from './definition';
import { normalizeAnswer } from './questionTypes';
import { visiblePlan } from './visibility';

/**
 * The answers that go along when an outcome hands the person over to another permit: every valid
 * answer to a visible question that the other permit asks too (same id, same type), as the person
 * typed it. Never ask twice (WCAG 3.3.7); the other permit checks them again on its own rules.
 */
export function handoverAnswers(from: PermitDefinition, to: PermitDefinition, raw: Answers, today: string): Answers {
  const targetQuestions = new Map(to.steps.flatMap((step) => step.questions.map((question) => [question.id, question] as const)));
  const carried: Record<string, Answers[string]> = {};
  for (const { questions } of visiblePlan(from, raw, today)) {
    for (const question of questions) {
      const target = targetQuestions.get(question.id);
      if (target?.type !== question.type) continue;
      if (normalizeAnswer(target, raw[question.id], today).status === 'valid') carried[question.id] = raw[question.id];
    }
  }
  return carried;
}
