import { FORWARDING_STATES, type ForwardingList, type ForwardingState } from '../../../backOffice';
import { useTranslator } from '../../TranslatorContext';

/**
 * Which state the list shows, as a group of radio buttons with the count in each label: one
 * Tab stop, arrow keys move between the states, and the choice applies at once (ARIA APG radio
 * group), announced by the list's heading and summary below it.
 */
export function StateFilter({ state, counts, onChange }: { state: ForwardingState; counts: ForwardingList['counts'] | undefined; onChange: (state: ForwardingState) => void }) {
  const translator = useTranslator();
  return (
    <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset hv-field">
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{translator.t('backOffice.filter.legend')}</legend>
      <div class="hv-options">
        {FORWARDING_STATES.map((option) => {
          const id = `toestand-${option}`;
          return (
            <div class="utrecht-form-field utrecht-form-field--radio hv-option" key={option}>
              <input
                class="utrecht-radio-button utrecht-radio-button--html-input utrecht-form-field__input"
                type="radio"
                name="toestand"
                id={id}
                value={option}
                checked={option === state}
                onChange={() => onChange(option)}
              />
              <label class="utrecht-form-label utrecht-form-field__label hv-option-label" for={id}>
                {translator.t(`backOffice.state.${option}`, { count: counts ? counts[option] : '…' })}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
