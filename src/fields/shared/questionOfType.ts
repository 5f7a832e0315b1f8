import type { Question, QuestionType } from '../../wizard';

/** The question of one type: `QuestionOfType<'address'>` is `AddressQuestion`. */
export type QuestionOfType<T extends QuestionType> = Extract<Question, { readonly type: T }>;
