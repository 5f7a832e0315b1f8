import { setInternalNote } from '../application';
import { useTranslator } from './TranslatorContext';

/** Longest note the contract takes (characters). */
const MAX_NOTE_LENGTH = 2000;

/**
 * Staff mode, on the check page: a free-text note for the back office ("letter from the GP seen"),
 * sent with the application beside the answers, never part of them. Saved as it is typed, like an
 * answer, so a reload keeps it.
 */
export function InternalNote({ permitId, value }: { permitId: string; value: string | undefined }) {
  const translator = useTranslator();
  return (
    <div class="utrecht-form-field hv-field hv-staff-panel">
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label hv-staff-panel__legend" for="interne-notitie">
          {translator.t('staff.internalNote.label')} <span class="hv-optional">{translator.t('field.optional')}</span>
        </label>
      </div>
      <div class="utrecht-form-field-description hv-hint" id="interne-notitie-hint">
        {translator.t('staff.internalNote.hint')}
      </div>
      <div class="utrecht-form-field__input">
        <textarea
          id="interne-notitie"
          class="utrecht-textarea utrecht-textarea--html-textarea"
          rows={4}
          maxLength={MAX_NOTE_LENGTH}
          aria-describedby="interne-notitie-hint"
          value={value ?? ''}
          onInput={(event) => setInternalNote(permitId, event.currentTarget.value)}
        />
      </div>
    </div>
  );
}
