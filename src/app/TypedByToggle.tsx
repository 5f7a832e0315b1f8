import { setTypedBy } from '../application';
import type { TypedBy } from '../intake';
import { useTranslator } from './TranslatorContext';

const CHOICES: readonly TypedBy[] = ['staff', 'citizen'];

/**
 * Staff mode, on every step: who typed this step's answers, recorded with the application (duty of
 * care: how help was given). Two radio buttons, saved at once like an answer; placed after the
 * questions, so the keyboard order is "answer, say who typed, Volgende". Its legend says it is for
 * the employee, so a citizen with a screen reader knows it is not a question for them.
 */
export function TypedByToggle({ permitId, stepId, value }: { permitId: string; stepId: string; value: TypedBy | undefined }) {
  const translator = useTranslator();
  return (
    <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset hv-field hv-staff-panel">
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend hv-staff-panel__legend">
        {translator.t('staff.typedBy.legend')}
      </legend>
      <div class="hv-options">
        {CHOICES.map((who) => (
          <div class="utrecht-form-field utrecht-form-field--radio hv-option" key={who}>
            <input
              class="utrecht-radio-button utrecht-radio-button--html-input utrecht-form-field__input"
              type="radio"
              name="typedBy"
              id={`typed-by-${who}`}
              value={who}
              checked={value === who}
              onChange={() => setTypedBy(permitId, stepId, who)}
            />
            <label class="utrecht-form-label utrecht-form-field__label hv-option-label" for={`typed-by-${who}`}>
              {translator.t(`staff.typedBy.${who}`)}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
