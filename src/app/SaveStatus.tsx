import { draftStore } from '../application';
import { useStore } from './useStore';
import { MUNICIPAL_TIME_ZONE } from '../wizard';
import { useTranslator } from './TranslatorContext';

/**
 * "Opgeslagen om 14:32" in a polite live region (WCAG 4.1.3): said once when it changes, never
 * by moving focus. The text only changes with the minute, so typing does not make it chatter.
 * A full device is urgent and goes to an alert.
 */
export function SaveStatus() {
  const translator = useTranslator();
  const status = useStore(draftStore.status);
  const savedAt =
    status.kind === 'saved'
      ? new Intl.DateTimeFormat(translator.tag, { timeStyle: 'short', timeZone: MUNICIPAL_TIME_ZONE }).format(new Date(status.at))
      : undefined;
  return (
    <>
      <p class="hv-save-status" role="status">
        {savedAt ? translator.t('drafts.savedAt', { time: savedAt }) : ''}
      </p>
      {(status.kind === 'quotaExceeded' || status.kind === 'failed') && (
        <p class="utrecht-alert utrecht-alert--warning hv-storage-problem" role="alert">
          {translator.t(status.kind === 'quotaExceeded' ? 'drafts.quotaExceeded' : 'drafts.saveFailed')}
        </p>
      )}
    </>
  );
}

/** A lasting warning when this browser cannot keep anything (IndexedDB off, e.g. private mode). */
export function StorageUnavailableWarning() {
  const translator = useTranslator();
  const status = useStore(draftStore.status);
  if (status.kind !== 'unavailable') return null;
  return (
    <p class="utrecht-alert utrecht-alert--warning hv-storage-problem">{translator.t('drafts.unavailable')}</p>
  );
}
