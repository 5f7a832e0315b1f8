import type { ComponentType } from 'preact';
import { memo } from 'preact/compat';
import type { GroupQuestion, Question, QuestionType } from '../wizard';
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

/**
 * The question types whose components read `answers` (their own value, or earlier answers to
 * offer): only these render again when an answer changes. A component that starts reading
 * `answers` belongs here, or it shows what was answered when its step last rendered it.
 */
const typesReadingAnswers: ReadonlySet<QuestionType> = new Set<QuestionType>(['address', 'dateTimeRange', 'group']);

/**
 * Whether the question's component reads the answers it is given, so it must be given them anew
 * after every change; the others show what is typed by themselves (their boxes are the form's).
 */
export function readsAnswers(question: Question): boolean {
  return typesReadingAnswers.has(question.type);
}

/** The component for a question, by its type (see `fieldComponents`). */
function QuestionOfTypeField<T extends QuestionType>(props: FieldProps<QuestionOfType<T>>) {
  // Read through the table's declared type, so the component found for `T` takes `T`'s question.
  const components: FieldComponents = fieldComponents;
  const Field: ComponentType<FieldProps<QuestionOfType<T>>> = components[props.question.type];
  return <Field {...props} />;
}

/**
 * Rendered again only when what it shows changed: a keystroke renders its step again (the answers
 * decide which questions show), and every other question of the step would render with it,
 * registering its boxes anew (https://react.dev/reference/react/memo).
 */
export const QuestionField = memo(QuestionOfTypeField, sameField) as typeof QuestionOfTypeField;

function sameField(before: FieldProps, after: FieldProps): boolean {
  const props = new Set([...Object.keys(before), ...Object.keys(after)] as (keyof FieldProps)[]);
  for (const prop of props) {
    if (prop !== 'answers' && !Object.is(before[prop], after[prop])) return false;
  }
  return !readsAnswers(after.question) || before.answers === after.answers;
}
