import type { GroupQuestion, Question } from '../wizard';
import type { FieldProps } from './FieldProps';
import { AddressField } from './AddressField';
import { DateTimeRangeField } from './DateTimeRangeField';
import { FileField } from './FileField';
import { OptionsField } from './OptionsField';
import { TextInputField } from './TextInputField';

/** The component for a question with one answer (anything but a repeating group), by its type; also what a group's entries use. */
export function SingleAnswerField(props: FieldProps<Exclude<Question, GroupQuestion>>) {
  const { question } = props;
  switch (question.type) {
    case 'choice':
    case 'multiChoice':
    case 'yesNo':
      return <OptionsField {...props} question={question} />;
    case 'address':
      return <AddressField {...props} question={question} />;
    case 'dateTimeRange':
      return <DateTimeRangeField {...props} question={question} />;
    case 'file':
      return <FileField {...props} question={question} />;
    default:
      return <TextInputField {...props} question={question} />;
  }
}
