export { QuestionField, readsAnswers } from './QuestionField';
export type { FieldProps } from './shared/FieldProps';
export { fieldIds } from './shared/fieldIds';
export { questionSpeech } from './questionSpeech';
export type { FileStorage, KeepResult } from './shared/FileStorage';
export { formatFileSize } from './FileField/formatFileSize';
export { ErrorMessage } from './shared/FieldText';
export { StepHeadingDescription } from './shared/StepHeadingDescription';
export { AlongsideContext, TwoLanguages, type AlongsideTexts } from './shared/Alongside';
