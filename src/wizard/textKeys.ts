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
