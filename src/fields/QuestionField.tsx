import type { FieldProps } from './FieldProps';
import { GroupField } from './GroupField';
import { SingleAnswerField } from './SingleAnswerField';

/** The component for a question, by its type. */
export function QuestionField(props: FieldProps) {
  const { question } = props;
  return question.type === 'group' ? <GroupField {...props} question={question} /> : <SingleAnswerField {...props} question={question} />;
}
