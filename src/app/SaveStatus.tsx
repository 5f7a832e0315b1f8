import { useMemo } from 'preact/hooks';
import { dateTimeFormat } from '../validation';
import { applications } from '../application';
import { findDefinition } from '../definitions';
import { useStore } from './useStore';
import { MUNICIPAL_TIME_ZONE, textKeys } from '../wizard';
import { RouteLink } from './RouteLink';
import { useTranslator } from './TranslatorContext';
import { useTablet } from './TabletContext';

/**
 * "Opgeslagen om 14:32" in a polite live region (WCAG 4.1.3): said once when it changes, never
 * by moving focus. The text only changes with the minute, and stays while the next write is under
 * way, so typing does not make it chatter (a region emptied and refilled may be read again).
 * It never says "saved" for files that are no longer on the tablet; a full device is urgent and
 * goes to an alert, as do files the browser removed, with a link to where to add them again.
 */
export function SaveStatus({ permitId }: { permitId: string }) {
  const { draftStore } = useTablet();
  const translator = useTranslator();
  const status = useStore(draftStore.status);
  const lostFiles = useStore(applications)[permitId]?.lostFiles ?? [];
  const savedAtIso = status.kind === 'saved' ? status.at : status.kind === 'saving' ? status.lastSavedAt : undefined;
  // Rendered with every keystroke (the answers change): the time is written again only when it or the language changes.
  const savedTime = useMemo(
    () => (savedAtIso ? dateTimeFormat(translator.tag, { timeStyle: 'short', timeZone: MUNICIPAL_TIME_ZONE }).format(new Date(savedAtIso)) : undefined),
    [translator.tag, savedAtIso],
  );
  const savedAt = lostFiles.length === 0 ? savedTime : undefined;
  const permit = findDefinition(permitId);
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
      {permit && lostFiles.length > 0 && (
        <div class="utrecht-alert utrecht-alert--warning hv-storage-problem" role="alert">
          <p class="utrecht-paragraph">{translator.t('drafts.filesLost')}</p>
          <ul>
            {lostFiles.map((file, index) => {
              const step = permit.steps.find((candidate) => candidate.questions.some((question) => question.id === file.questionId));
              const question = step?.questions.find((candidate) => candidate.id === file.questionId);
              if (!step || !question) return null;
              return (
                <li key={`${file.questionId}-${index}`}>
                  <RouteLink to={{ name: 'step', permitId, stepId: step.id, fromCheck: false }}>
                    {translator.t('drafts.filesLostAt', { name: file.name, question: translator.t(textKeys.label(permit, question)) })}
                  </RouteLink>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </>
  );
}

/** A lasting warning when this browser cannot keep anything (IndexedDB off, e.g. private mode). */
export function StorageUnavailableWarning() {
  const { draftStore } = useTablet();
  const translator = useTranslator();
  const status = useStore(draftStore.status);
  if (status.kind !== 'unavailable') return null;
  return (
    <p class="utrecht-alert utrecht-alert--warning hv-storage-problem">{translator.t('drafts.unavailable')}</p>
  );
}
