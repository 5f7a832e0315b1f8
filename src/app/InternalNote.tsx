import { setInternalNote } from '../application';
import { ErrorMessage } from '../fields';
import { useTranslator } from './TranslatorContext';

/** Longest note the contract takes (characters). */
const MAX_NOTE_LENGTH = 2000;

/** The note's box, so the check page can take the employee there when the note cannot go. */
export const INTERNAL_NOTE_ID = 'interne-notitie';

/**
 * Staff mode, on the check page: a free-text note for the back office ("letter from the GP seen"),
 * sent with the application beside the answers, never part of them. Saved as it is typed, like an
 * answer, so a reload keeps it. `error` is the message when the note cannot go as it is, shown at
 * the box and read with it (WCAG 3.3.1).
 */
export function InternalNote({ permitId, value, error }: { permitId: string; value: string | undefined; error?: string | undefined }) {
  const translator = useTranslator();
  const errorId = `${INTERNAL_NOTE_ID}-error`;
  return (
    <div class={`utrecht-form-field hv-field hv-staff-panel${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label hv-staff-panel__legend" for={INTERNAL_NOTE_ID}>
          {translator.t('staff.internalNote.label')} <span class="hv-optional">{translator.t('field.optional')}</span>
        </label>
      </div>
      <div class="utrecht-form-field-description hv-hint" id={`${INTERNAL_NOTE_ID}-hint`}>
        {translator.t('staff.internalNote.hint')}
      </div>
      <ErrorMessage id={errorId} message={error} translator={translator} />
      <div class="utrecht-form-field__input">
        <textarea
          id={INTERNAL_NOTE_ID}
          class={`utrecht-textarea utrecht-textarea--html-textarea${error ? ' utrecht-textarea--invalid' : ''}`}
          rows={4}
          maxLength={MAX_NOTE_LENGTH}
          aria-describedby={error ? `${INTERNAL_NOTE_ID}-hint ${errorId}` : `${INTERNAL_NOTE_ID}-hint`}
          aria-invalid={error ? 'true' : undefined}
          value={value ?? ''}
          onInput={(event) => setInternalNote(permitId, event.currentTarget.value)}
        />
      </div>
    </div>
  );
}
