import type {
  DateQuestion,
  EmailQuestion,
  LongTextQuestion,
  NumberQuestion,
  PhoneQuestion,
  TextQuestion,
} from '../../wizard';
import { DEFAULT_MAX_LENGTH } from '../../wizard';
import { describedBy, fieldIds } from '../shared/fieldIds';
import type { FieldProps } from '../shared/FieldProps';
import { ErrorMessage, Hint, MaybeHeading, QuestionLabel, StaffNote, WhyWeAsk, hintText, useDutchHint } from '../shared/FieldText';

type SingleInputQuestion = TextQuestion | LongTextQuestion | NumberQuestion | DateQuestion | EmailQuestion | PhoneQuestion;

/** The questions answered in a one-line text box, by type. */
interface TextBoxQuestions {
  readonly text: TextQuestion;
  readonly number: NumberQuestion;
  readonly date: DateQuestion;
  readonly email: EmailQuestion;
  readonly phone: PhoneQuestion;
}

/** A text box's attributes, and its width class, so the box hints at the expected length (a postcode box is not a page wide). */
interface TextBox {
  readonly attributes: Readonly<Record<string, string | number>>;
  readonly width: 'hv-width-short' | 'hv-width-medium' | 'hv-width-full';
}

/**
 * The text box per type of question; a long text is a text area instead. Numbers and dates use a
 * text input: `type="number"` silently drops what it cannot parse and `type="date"` differs per
 * browser and screen reader, while a text box keeps exactly what the person typed (GOV.UK's
 * research says the same). A type without an entry does not compile.
 */
const textBoxes: { readonly [T in keyof TextBoxQuestions]: (question: TextBoxQuestions[T]) => TextBox } = {
  email: () => ({ attributes: { type: 'email', inputMode: 'email', spellcheck: 'false' }, width: 'hv-width-full' }),
  phone: () => ({ attributes: { type: 'tel', inputMode: 'tel' }, width: 'hv-width-medium' }),
  number: () => ({ attributes: { type: 'text', inputMode: 'decimal' }, width: 'hv-width-short' }),
  date: () => ({ attributes: { type: 'text', inputMode: 'text', maxLength: 12 }, width: 'hv-width-short' }),
  // A formatted text (a BSN, a licence plate) is a code: no spelling check, and a box of its size.
  text: (question): TextBox => {
    const inputMode = question.inputMode ?? 'text';
    const maxLength = question.maxLength ?? DEFAULT_MAX_LENGTH.text;
    return question.format
      ? { attributes: { type: 'text', inputMode, spellcheck: 'false', maxLength }, width: 'hv-width-medium' }
      : { attributes: { type: 'text', inputMode, maxLength }, width: 'hv-width-full' };
  },
};

/** The text box's class and attributes for a question, from `textBoxes`. */
function textBoxProps<T extends keyof TextBoxQuestions>(question: TextBoxQuestions[T] & { readonly type: T }, invalid: boolean) {
  const { attributes, width } = textBoxes[question.type](question);
  return { class: `utrecht-textbox utrecht-textbox--html-input ${width}${invalid ? ' utrecht-textbox--invalid' : ''}`, ...attributes };
}

/** One labelled text box or text area, for every question answered by typing. */
export function TextInputField({ permit, question, name: field, translator, register, errors, headingRef, staffNote, toolsFor, pointedError }: FieldProps<SingleInputQuestion>) {
  const error = errors.get(field);
  const pointed = !error && !question.optional ? pointedError : undefined;
  const invalid = Boolean(error ?? pointed);
  const hint = hintText(translator, permit, question);
  const dutchHint = useDutchHint(permit, question);
  const ariaDescribedBy = describedBy(hint && fieldIds.hint(field), error && fieldIds.error(field), pointed);
  const common = {
    id: fieldIds.input(field),
    'aria-required': question.optional ? undefined : true,
    'aria-invalid': invalid ? true : undefined,
    'aria-describedby': ariaDescribedBy,
    autoComplete: question.autocomplete ?? 'off',
    // What is typed runs in its own script's direction, not the page's: on a right-to-left page a
    // phone number, a BSN or a Latin-script name keeps its order, an answer in Arabic runs right to left.
    dir: 'auto' as const,
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
      <Hint id={fieldIds.hint(field)} text={hint} translator={translator} dutch={dutchHint} />
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
          <input {...textBoxProps(question, invalid)} {...common} />
        )}
      </div>
    </div>
  );
}
