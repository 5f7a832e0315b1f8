import type { AddressQuestion } from '../wizard';
import { describedBy, fieldIds } from './fieldIds';
import type { FieldProps } from './FieldProps';
import { ErrorMessage, Hint, MaybeHeading, QuestionLabel, WhyWeAsk, hintText } from './FieldText';

interface AddressPart {
  readonly part: 'postcode' | 'houseNumber' | 'houseLetter' | 'addition' | 'street' | 'city';
  readonly autocomplete: string;
  readonly width: string;
  readonly optional?: boolean;
  readonly inputMode?: 'numeric';
}

/**
 * Postcode and house number first: that is how Dutch people say an address, and it is what a
 * later address lookup needs. `autocomplete` lets the browser fill it in (WCAG 1.3.5).
 */
const parts: readonly AddressPart[] = [
  { part: 'postcode', autocomplete: 'postal-code', width: 'hv-width-short' },
  { part: 'houseNumber', autocomplete: 'address-line2', width: 'hv-width-short', inputMode: 'numeric' },
  { part: 'houseLetter', autocomplete: 'off', width: 'hv-width-tiny', optional: true },
  { part: 'addition', autocomplete: 'off', width: 'hv-width-tiny', optional: true },
  { part: 'street', autocomplete: 'address-line1', width: 'hv-width-full' },
  { part: 'city', autocomplete: 'address-level2', width: 'hv-width-full' },
];

/** An address as a group of labelled boxes; each part has its own label and its own error. */
export function AddressField({ permit, question, translator, register, errors, headingRef }: FieldProps<AddressQuestion>) {
  const hint = hintText(translator, permit, question);
  const groupError = errors.get(question.id);
  return (
    <fieldset
      class={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset hv-field${groupError ? ' utrecht-form-fieldset--invalid' : ''}`}
      aria-describedby={describedBy(hint && fieldIds.hint(question.id), groupError && fieldIds.error(question.id))}
    >
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        <MaybeHeading headingRef={headingRef}>
          <QuestionLabel permit={permit} question={question} translator={translator} />
        </MaybeHeading>
      </legend>
      <Hint id={fieldIds.hint(question.id)} text={hint} />
      <WhyWeAsk permit={permit} question={question} translator={translator} />
      <ErrorMessage id={fieldIds.error(question.id)} message={groupError} translator={translator} />
      {parts.map(({ part, autocomplete, width, optional, inputMode }) => {
        const field = `${question.id}.${part}`;
        const error = errors.get(field);
        return (
          <div class={`utrecht-form-field utrecht-form-field--text hv-field hv-address-part${error ? ' utrecht-form-field--invalid' : ''}`} key={part}>
            <div class="utrecht-form-field__label">
              <label class="utrecht-form-label" for={fieldIds.input(field)}>
                {translator.t(`field.address.${part}`)}
                {optional && <span class="hv-optional"> {translator.t('field.optional')}</span>}
              </label>
            </div>
            <ErrorMessage id={fieldIds.error(field)} message={error} translator={translator} />
            <div class="utrecht-form-field__input">
              <input
                class={`utrecht-textbox utrecht-textbox--html-input ${width}${error ? ' utrecht-textbox--invalid' : ''}`}
                type="text"
                id={fieldIds.input(field)}
                autoComplete={autocomplete}
                inputMode={inputMode}
                maxLength={100}
                aria-required={optional || question.optional ? undefined : true}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? fieldIds.error(field) : undefined}
                {...register(field)}
              />
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}
