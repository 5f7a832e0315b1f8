import type { Outcome, PermitDefinition, Question, Step } from './definition';

/**
 * Where each text of a definition lives in the message catalogues. One home for the key
 * scheme, so the screens, the definition check and the translators agree on it.
 */
export const textKeys = {
  permitTitle: (permit: PermitDefinition) => `permit.${permit.id}.title`,
  permitDescription: (permit: PermitDefinition) => `permit.${permit.id}.description`,
  permitNextSteps: (permit: PermitDefinition) => `permit.${permit.id}.nextSteps`,
  stepTitle: (permit: PermitDefinition, step: Step) => `permit.${permit.id}.step.${step.id}.title`,
  /** Optional introduction shown under a multi-question step's heading. */
  stepIntro: (permit: PermitDefinition, step: Step) => `permit.${permit.id}.step.${step.id}.intro`,
  label: (permit: PermitDefinition, question: Question) => `permit.${permit.id}.q.${question.id}.label`,
  /** Optional: "Hoe vul ik dit in?". */
  hint: (permit: PermitDefinition, question: Question) => `permit.${permit.id}.q.${question.id}.hint`,
  /** Required for every question: the charter promises to say why we ask. */
  why: (permit: PermitDefinition, question: Question) => `permit.${permit.id}.q.${question.id}.why`,
  staffNote: (permit: PermitDefinition, question: Question) => `permit.${permit.id}.q.${question.id}.staffNote`,
  option: (permit: PermitDefinition, question: Question, value: string) =>
    `permit.${permit.id}.q.${question.id}.option.${value}`,
  /** Optional per-option explanation shown under the option's label. */
  optionHint: (permit: PermitDefinition, question: Question, value: string) =>
    `permit.${permit.id}.q.${question.id}.option.${value}.hint`,
  fee: (permit: PermitDefinition, feeId: string) => `permit.${permit.id}.fee.${feeId}`,
  /** An outcome's result as a heading, e.g. "U hebt een evenementenvergunning nodig". */
  outcomeTitle: (permit: PermitDefinition, outcome: Outcome, value: string) => `permit.${permit.id}.outcome.${outcome.id}.${value}.title`,
  /** What the result means for the person and what happens next. */
  outcomeText: (permit: PermitDefinition, outcome: Outcome, value: string) => `permit.${permit.id}.outcome.${outcome.id}.${value}.text`,
  /** One reason, in plain words; it may name answers as `{questionId}`. */
  outcomeReason: (permit: PermitDefinition, outcome: Outcome, reasonId: string) => `permit.${permit.id}.outcome.${outcome.id}.reason.${reasonId}`,
  /** A repeating group's entry as a heading, with `{number}`: "Kenteken {number}". */
  groupEntry: (permit: PermitDefinition, group: Question) => `permit.${permit.id}.q.${group.id}.entry`,
  /** The button that adds an entry: "Nog een kenteken toevoegen". */
  groupAdd: (permit: PermitDefinition, group: Question) => `permit.${permit.id}.q.${group.id}.add`,
  /** The button that removes one entry, with `{number}`: "Kenteken {number} verwijderen". */
  groupRemove: (permit: PermitDefinition, group: Question) => `permit.${permit.id}.q.${group.id}.remove`,
  /** Optional question-specific error text that overrides the generic `validation.<code>`. */
  error: (permit: PermitDefinition, question: Question, code: string) =>
    `permit.${permit.id}.q.${question.id}.error.${code}`,
} as const;

/** The keys a definition cannot do without, in every language (used by the definition check). */
export function requiredTextKeys(permit: PermitDefinition): string[] {
  const keys = [textKeys.permitTitle(permit), textKeys.permitDescription(permit), textKeys.permitNextSteps(permit)];
  for (const fee of permit.fees ?? []) keys.push(textKeys.fee(permit, fee.id));
  for (const step of permit.steps) {
    keys.push(textKeys.stepTitle(permit, step));
    if (step.outcome) keys.push(...outcomeTextKeys(permit, step.outcome));
    for (const question of step.questions) {
      keys.push(...questionTextKeys(permit, question));
      if (question.staffNote) keys.push(textKeys.staffNote(permit, question));
      if (question.type === 'group') {
        keys.push(textKeys.groupEntry(permit, question), textKeys.groupAdd(permit, question), textKeys.groupRemove(permit, question));
        for (const item of question.items) keys.push(...questionTextKeys(permit, item));
      }
    }
  }
  return keys;
}

function questionTextKeys(permit: PermitDefinition, question: Question): string[] {
  const keys = [textKeys.label(permit, question), textKeys.why(permit, question)];
  if (question.type === 'choice' || question.type === 'multiChoice') {
    for (const value of question.options) keys.push(textKeys.option(permit, question, value));
  }
  return keys;
}

function outcomeTextKeys(permit: PermitDefinition, outcome: Outcome): string[] {
  return outcome.results.flatMap((result) => [
    textKeys.outcomeTitle(permit, outcome, result.value),
    textKeys.outcomeText(permit, outcome, result.value),
    ...(result.reasons ?? []).map((reason) => textKeys.outcomeReason(permit, outcome, reason.id)),
  ]);
}
