import type { ComponentType } from 'preact';
import type { GroupQuestion, QuestionType } from '../wizard';
import { AddressField } from './AddressField/AddressField';
import { DateTimeRangeField } from './DateTimeRangeField/DateTimeRangeField';
import { FileField } from './FileField/FileField';
import { GroupField } from './GroupField/GroupField';
import { OptionsField } from './OptionsField/OptionsField';
import type { FieldProps } from './shared/FieldProps';
import type { QuestionOfType } from './shared/questionOfType';
import { TextInputField } from './TextInputField/TextInputField';

/** The component that shows a question of each type: a type without one does not compile. */
type FieldComponents = { readonly [T in QuestionType]: ComponentType<FieldProps<QuestionOfType<T>>> };

/**
 * A repeating group asks its items with the same components as a step does. They are handed to
 * it rather than imported by it, so the group's module and this table do not import each other.
 */
function RepeatingGroupField(props: FieldProps<GroupQuestion>) {
  return <GroupField {...props} ItemField={QuestionField} />;
}

/** One row per question type, so adding a type to `QuestionType` fails to compile here until it has a component. */
const fieldComponents = {
  text: TextInputField,
  longText: TextInputField,
  number: TextInputField,
  date: TextInputField,
  email: TextInputField,
  phone: TextInputField,
  choice: OptionsField,
  multiChoice: OptionsField,
  yesNo: OptionsField,
  address: AddressField,
  dateTimeRange: DateTimeRangeField,
  file: FileField,
  group: RepeatingGroupField,
} satisfies FieldComponents;

/** The component for a question, by its type (see `fieldComponents`). */
export function QuestionField<T extends QuestionType>(props: FieldProps<QuestionOfType<T>>) {
  // Read through the table's declared type, so the component found for `T` takes `T`'s question.
  const components: FieldComponents = fieldComponents;
  const Field: ComponentType<FieldProps<QuestionOfType<T>>> = components[props.question.type];
  return <Field {...props} />;
}
