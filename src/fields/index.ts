export { QuestionField } from './QuestionField';
export type { FieldProps } from './FieldProps';
export { fieldIds } from './fieldIds';
export { questionSpeech } from './questionSpeech';
export type { FileStorage, KeepResult } from './FileStorage';
export { formatFileSize } from './formatFileSize';
export { ErrorMessage } from './FieldText';
export { StepHeadingDescription } from './StepHeadingDescription';
