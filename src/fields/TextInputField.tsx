import type {
  DateQuestion,
  EmailQuestion,
  LongTextQuestion,
  NumberQuestion,
  PhoneQuestion,
  TextQuestion,
} from '../wizard';
import { DEFAULT_MAX_LENGTH } from '../wizard';
import { describedBy, fieldIds } from './fieldIds';
import type { FieldProps } from './FieldProps';
import { ErrorMessage, Hint, MaybeHeading, QuestionLabel, StaffNote, WhyWeAsk, hintText } from './FieldText';

type SingleInputQuestion = TextQuestion | LongTextQuestion | NumberQuestion | DateQuestion | EmailQuestion | PhoneQuestion;

/**
 * Input attributes per kind of question. Numbers and dates use a text input: `type="number"`
 * silently drops what it cannot parse and `type="date"` differs per browser and screen reader,
 * while a text box keeps exactly what the person typed (GOV.UK's research says the same).
 */
function inputAttributes(question: SingleInputQuestion): Record<string, string | number> {
  switch (question.type) {
    case 'email':
      return { type: 'email', inputMode: 'email', spellcheck: 'false' };
    case 'phone':
      return { type: 'tel', inputMode: 'tel' };
    case 'number':
      return { type: 'text', inputMode: 'decimal' };
    case 'date':
      return { type: 'text', inputMode: 'text', maxLength: 12 };
    case 'text':
      return question.format
        ? { type: 'text', inputMode: question.inputMode ?? 'text', spellcheck: 'false', maxLength: question.maxLength ?? DEFAULT_MAX_LENGTH.text }
        : { type: 'text', inputMode: question.inputMode ?? 'text', maxLength: question.maxLength ?? DEFAULT_MAX_LENGTH.text };
    case 'longText':
      return {};
  }
}

/** Width class so the box hints at the expected length (a postcode box is not a page wide). */
function widthClass(question: SingleInputQuestion): string {
  if (question.type === 'date' || question.type === 'number') return 'hv-width-short';
  if (question.type === 'text' && question.format) return 'hv-width-medium';
  if (question.type === 'phone') return 'hv-width-medium';
  return 'hv-width-full';
}

/** One labelled text box or text area, for every question answered by typing. */
export function TextInputField({ permit, question, name: field, translator, register, errors, headingRef, staffNote, toolsFor, pointedError }: FieldProps<SingleInputQuestion>) {
  const error = errors.get(field);
  const pointed = !error && !question.optional ? pointedError : undefined;
  const invalid = Boolean(error ?? pointed);
  const hint = hintText(translator, permit, question);
  const ariaDescribedBy = describedBy(hint && fieldIds.hint(field), error && fieldIds.error(field), pointed);
  const common = {
    id: fieldIds.input(field),
    'aria-required': question.optional ? undefined : true,
    'aria-invalid': invalid ? true : undefined,
    'aria-describedby': ariaDescribedBy,
    autoComplete: question.autocomplete ?? 'off',
    ...register(field),
  };
  return (
    <div class={`utrecht-form-field utrecht-form-field--text hv-field${invalid ? ' utrecht-form-field--invalid' : ''}`}>
      <div class="utrecht-form-field__label">
        <MaybeHeading headingRef={headingRef}>
          <label class="utrecht-form-label" for={fieldIds.input(field)}>
            <QuestionLabel permit={permit} question={question} translator={translator} />
          </label>
        </MaybeHeading>
      </div>
      <Hint id={fieldIds.hint(field)} text={hint} />
      {toolsFor?.(question, field)}
      <WhyWeAsk permit={permit} question={question} field={field} translator={translator} />
      <StaffNote text={staffNote} translator={translator} />
      <ErrorMessage id={fieldIds.error(field)} message={error} translator={translator} />
      <div class="utrecht-form-field__input">
        {question.type === 'longText' ? (
          <textarea
            class={`utrecht-textarea utrecht-textarea--html-textarea${invalid ? ' utrecht-textarea--invalid' : ''}`}
            rows={6}
            maxLength={question.maxLength ?? DEFAULT_MAX_LENGTH.longText}
            {...common}
          />
        ) : (
          <input
            class={`utrecht-textbox utrecht-textbox--html-input ${widthClass(question)}${invalid ? ' utrecht-textbox--invalid' : ''}`}
            {...inputAttributes(question)}
            {...common}
          />
        )}
      </div>
    </div>
  );
}
