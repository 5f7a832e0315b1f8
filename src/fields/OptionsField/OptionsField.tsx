import { describedBy, fieldIds } from '../shared/fieldIds';
import type { FieldProps } from '../shared/FieldProps';
import { FieldsetIntro, hintText } from '../shared/FieldText';
import { offeredOptions, optionKinds, type OptionsQuestion } from './offeredOptions';

/**
 * A group of radio buttons (choice, yes/no) or check boxes (multiple choice) in a fieldset whose
 * legend is the question, so every option is announced with it. The first option carries the
 * question's id, so the error summary's link lands on the group (GOV.UK pattern).
 */
export function OptionsField({ permit, question, name: field, translator, register, errors, headingRef, staffNote, toolsFor, pointedError }: FieldProps<OptionsQuestion>) {
  const error = errors.get(field);
  const pointed = !error && !question.optional ? pointedError : undefined;
  const invalid = Boolean(error ?? pointed);
  const hint = hintText(translator, permit, question);
  const kind = optionKinds[question.type];
  const options = offeredOptions(translator, permit, question);
  return (
    <fieldset
      class={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset hv-field${invalid ? ' utrecht-form-fieldset--invalid' : ''}`}
      aria-describedby={describedBy(hint && fieldIds.hint(field), error && fieldIds.error(field), pointed)}
      // The group is required, not each option; a radio group carries it on the group (ARIA 1.2).
      {...(kind === 'radio' ? { role: 'radiogroup', 'aria-required': question.optional ? undefined : true, 'aria-invalid': invalid ? true : undefined } : {})}
    >
      <FieldsetIntro permit={permit} question={question} name={field} translator={translator} headingRef={headingRef} staffNote={staffNote} toolsFor={toolsFor} hint={hint} error={error} />
      <div class="hv-options">
        {options.map((option, index) => {
          const id = index === 0 ? fieldIds.input(field) : fieldIds.option(field, option.value);
          const optionHintId = `${fieldIds.option(field, option.value)}-hint`;
          return (
            <div class={`utrecht-form-field utrecht-form-field--${kind} hv-option`} key={option.value}>
              <input
                class={kind === 'radio' ? 'utrecht-radio-button utrecht-radio-button--html-input utrecht-form-field__input' : 'utrecht-checkbox utrecht-checkbox--html-input utrecht-form-field__input'}
                type={kind}
                id={id}
                value={option.value}
                aria-describedby={option.hint ? optionHintId : undefined}
                {...register(field)}
              />
              <label class="utrecht-form-label utrecht-form-field__label hv-option-label" for={id}>
                {option.label}
              </label>
              {option.hint && (
                <div class="utrecht-form-field-description utrecht-form-field__description" id={optionHintId}>
                  {option.hint}
                </div>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
