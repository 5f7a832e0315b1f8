import type { Translator } from '../../i18n';
import { textKeys, type ChoiceQuestion, type MultiChoiceQuestion, type PermitDefinition, type Question, type YesNoQuestion } from '../../wizard';

/** A question answered by choosing from options. */
export type OptionsQuestion = ChoiceQuestion | MultiChoiceQuestion | YesNoQuestion;

/** One option as the person reads it. */
export interface Option {
  readonly value: string;
  readonly label: string;
  readonly hint?: string;
}

/** Per type of question with options: choose one (radio buttons) or several (check boxes). */
export const optionKinds = { choice: 'radio', multiChoice: 'checkbox', yesNo: 'radio' } as const satisfies Record<OptionsQuestion['type'], 'radio' | 'checkbox'>;

export function offersOptions(question: Question): question is OptionsQuestion {
  return Object.hasOwn(optionKinds, question.type);
}

/** The options of a question, in its order: "Ja" and "Nee" for a yes/no question, else the definition's, with their catalogue texts. */
export function offeredOptions(translator: Translator, permit: PermitDefinition, question: OptionsQuestion): Option[] {
  if (question.type === 'yesNo') {
    return [
      { value: 'yes', label: translator.t('field.yes') },
      { value: 'no', label: translator.t('field.no') },
    ];
  }
  return question.options.map((value) => {
    const hintKey = textKeys.optionHint(permit, question, value);
    return { value, label: translator.t(textKeys.option(permit, question, value)), ...(translator.has(hintKey) ? { hint: translator.t(hintKey) } : {}) };
  });
}
