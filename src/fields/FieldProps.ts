import type { Ref } from 'preact';
import type { FieldValues, UseFormRegister } from 'react-hook-form';
import type { Translator } from '../i18n';
import type { PermitDefinition, Question } from '../wizard';

/** What every question component gets from the step that shows it. */
export interface FieldProps<Q extends Question = Question> {
  readonly permit: PermitDefinition;
  readonly question: Q;
  readonly translator: Translator;
  readonly register: UseFormRegister<FieldValues>;
  /** Messages per field path (`questionId` or `questionId.part`), already in plain language. */
  readonly errors: ReadonlyMap<string, string>;
  /**
   * When the question is the only one on its step, its label or legend *is* the page's `<h1>`,
   * so a screen reader hears the question once (accessibility guide, step 1).
   */
  readonly headingRef?: Ref<HTMLHeadingElement>;
  /** Guidance for the help-desk employee, given only in staff mode (see `StaffNote`). */
  readonly staffNote?: string;
}
