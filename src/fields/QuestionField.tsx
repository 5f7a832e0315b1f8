import type { FieldProps } from './FieldProps';
import { AddressField } from './AddressField';
import { DateTimeRangeField } from './DateTimeRangeField';
import { OptionsField } from './OptionsField';
import { TextInputField } from './TextInputField';

/** The component for a question, by its type. */
export function QuestionField(props: FieldProps) {
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
      // Attachments arrive with their own issue (camera, downscaling); no definition uses them yet.
      throw new Error(`Question "${question.id}": file questions cannot be shown yet`);
    default:
      return <TextInputField {...props} question={question} />;
  }
}
