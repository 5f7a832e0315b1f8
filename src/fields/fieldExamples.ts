import { addressFieldExamples } from './AddressField/examples';
import { dateTimeRangeFieldExamples } from './DateTimeRangeField/examples';
import { fileFieldExamples } from './FileField/examples';
import { groupFieldExamples } from './GroupField/examples';
import { optionsFieldExamples } from './OptionsField/examples';
import type { FieldExamples } from './shared/FieldExample';
import { textInputFieldExamples } from './TextInputField/examples';

/**
 * Every field component's named examples, by question type, gathered from the components' folders:
 * a question type without examples does not compile. For tests (the field accessibility test
 * renders each), never for the app.
 */
export const fieldExamples = {
  ...textInputFieldExamples,
  ...optionsFieldExamples,
  ...addressFieldExamples,
  ...dateTimeRangeFieldExamples,
  ...fileFieldExamples,
  ...groupFieldExamples,
} satisfies FieldExamples;

export { fieldExamplePermit, type FieldExample } from './shared/FieldExample';
