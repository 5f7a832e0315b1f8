import { formatLongDate, validateDate } from '../../validation';
import type { DateQuestion } from '../definition';
import { fitByShape } from './fitByShape';
import { answerFrom, invalidAnswer } from './invalidAnswer';
import type { QuestionTypeBehaviour } from './QuestionTypeBehaviour';
import { noDefinitionProblems, startsEmpty, noStrayParts, noTextKeys } from './simpleAnswer';

/** A day, typed as `dd-mm-jjjj`, sent as an ISO date, shown in the person's language ("20 juni 2027"). */
export const dateType: QuestionTypeBehaviour<DateQuestion> = {
  typedText: 'line',
  normalize: (question, raw, today) =>
    typeof raw === 'string' ? answerFrom(question.id, validateDate(raw, question.rules ?? {}, today)) : invalidAnswer(question.id, 'answer.wrongType'),
  strayParts: noStrayParts,
  fit: (_question, answer) => fitByShape(answer, typeof answer === 'string'),
  canHold: (_question, value) => typeof value === 'string',
  definitionProblems: noDefinitionProblems,
  textKeys: noTextKeys,
  show: (value, { tag }) => (typeof value === 'string' ? formatLongDate(value, tag) : ''),
  blank: startsEmpty,
  inGroups: true,
};
