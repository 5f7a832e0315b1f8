import type { YesNoQuestion } from '../definition';
import { fitByShape } from './fitByShape';
import { invalidAnswer } from './invalidAnswer';
import type { QuestionTypeBehaviour } from './QuestionTypeBehaviour';
import { noDefinitionProblems, startsEmpty, noStrayParts, noTextKeys } from './simpleAnswer';

/** Yes or no: chosen as `yes` / `no`, sent and compared as `true` / `false`, shown as "Ja" / "Nee". */
export const yesNoType: QuestionTypeBehaviour<YesNoQuestion> = {
  typedText: 'line',
  normalize(question, raw) {
    if (raw === true || raw === 'yes') return { status: 'valid', value: true };
    if (raw === false || raw === 'no') return { status: 'valid', value: false };
    return invalidAnswer(question.id, 'yesNo.invalid');
  },
  strayParts: noStrayParts,
  fit: (_question, answer) => fitByShape(answer, typeof answer === 'boolean' || answer === 'yes' || answer === 'no'),
  canHold: (_question, value) => typeof value === 'boolean',
  definitionProblems: noDefinitionProblems,
  textKeys: noTextKeys,
  show: (value, { t }) => t(value === true ? 'field.yes' : 'field.no'),
  blank: startsEmpty,
  inGroups: true,
};
