import type { AnswerValue } from '../definition';
import type { FittedAnswer } from './QuestionTypeBehaviour';

/** An old answer of a shape the question no longer takes. */
export const TYPE_CHANGED = { kind: 'removed', reason: 'typeChanged' } as const satisfies FittedAnswer;

/** Kept as it is when it has the shape the question takes (`fits`), else dropped as of another type. */
export function fitByShape(answer: AnswerValue, fits: boolean): FittedAnswer {
  return fits ? { kind: 'kept', value: answer } : TYPE_CHANGED;
}
