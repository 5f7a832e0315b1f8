/**
 * The form engine: plain TypeScript over plain data, shared by the wizard and the intake service.
 * Nothing here touches the DOM, the network or storage.
 */
export type {
  AddressAnswer,
  AnswerScalar,
  AnswerValue,
  Answers,
  AddressQuestion,
  ChoiceQuestion,
  Condition,
  DateQuestion,
  DateTimeRangeAnswer,
  DateTimeRangeQuestion,
  EmailQuestion,
  FileQuestion,
  GroupEntry,
  GroupItemAnswer,
  GroupItemQuestion,
  GroupQuestion,
  LongTextQuestion,
  MultiChoiceQuestion,
  NumberQuestion,
  PhoneQuestion,
  TextQuestion,
  YesNoQuestion,
  DateRules,
  DecisionTerm,
  Fee,
  FileAnswer,
  FileKind,
  PermitDefinition,
  PermitExamples,
  Outcome,
  OutcomeReason,
  OutcomeResult,
  Question,
  QuestionType,
  Step,
  TextFormat,
} from './definition';
export { CONTACT_CHANNELS } from './definition';
export type { FieldError } from './FieldError';
export { isAnswered, isConditionMet, isEntryFilled, isGroupEntry } from './conditions';
export { locateField, visibleEntryItems, type FieldLocation } from './groupEntries';
export {
  normalizeAnswer,
  fitAnswer,
  showAnswer,
  blankAnswer,
  blankEntry,
  isFileQuestion,
  minEntries,
  DEFAULT_MAX_LENGTH,
  DEFAULT_MAX_FILE_BYTES,
  FILE_KIND_MIME,
  type FittedAnswer,
  type AnswerLanguage,
  type TextLookup,
} from './questionTypes';
export type { NormalizedAnswer } from './NormalizedAnswer';
export { visiblePlan, visibleQuestions, type VisibleStep } from './visibility';
export { judgeOutcome, type OutcomeJudgement } from './judgeOutcome';
export { handoverAnswers } from './handoverAnswers';
export { validateStep } from './validateStep';
export { validateApplication, answersToSend, type ApplicationCheck } from './validateApplication';
export { stepPosition, nextStepId, previousStepId, firstUnfinishedStepId, type StepPosition } from './navigation';
export { earlierAddresses, prefillForStep } from './prefill';
export { expectedDecisionDate } from './decisionDate';
export { todayIso, MUNICIPAL_TIME_ZONE } from './today';
export { checkDefinition } from './checkDefinition';
export { textKeys } from './textKeys';
export { requiredTextKeys } from './requiredTextKeys';
export { engineErrorCodes } from './errorCodes';
export { feesDue, feesTotalCents } from './feesDue';
export { sniffFileKind, SNIFF_BYTES } from './sniffFileKind';
