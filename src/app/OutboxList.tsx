import { useEffect, useState } from 'preact/hooks';
import { applicationFromDraft, applications } from '../application';
import { findDefinition } from '../definitions';
import type { StoredReceipt } from '../drafts';
import { canChangeAnswers, exportOutboxItem, isStuck, needsCurrentForm, STUCK_AFTER_ATTEMPTS, type OutboxItem } from '../outbox';
import { textKeys } from '../wizard';
import { downloadFile } from './downloadFile';
import { OutboxItemStatus } from './OutboxItemStatus';
import { ReopenInCurrentFormButton } from './ReopenInCurrentFormButton';
import { navigate } from './router';
import { SendNowButton } from './SendNowButton';
import { useStore } from './useStore';
import { useTranslator } from './TranslatorContext';
import { useTablet } from './TabletContext';
import { Button } from './Button';
import { ConfirmDelete } from './ConfirmDelete';

/**
 * For staff: the applications waiting on this tablet to be sent, each with where it stands, and
 * "Nu versturen" (docs/offline.md, guarantee 10). One that went while the list is open stays
 * with its reference, so staff see it go. No answers are shown. One that waits for a fix can be
 * opened; one whose form version the service no longer takes can be completed in the current
 * form; one that is stuck (waits for a person, or keeps failing) can be saved as a file and then
 * deleted from the tablet, after a confirmation.
 */
export function OutboxList({ announce, onDeleted }: { announce: (text: string) => void; onDeleted: () => void }) {
  const { draftStore, outbox } = useTablet();
  const translator = useTranslator();
  const status = useStore(outbox.status);
  const [shown, setShown] = useState<readonly OutboxItem[]>(status.items);
  const [receipts, setReceipts] = useState<readonly StoredReceipt[]>([]);
  const [confirming, setConfirming] = useState<string>();
  useEffect(() => {
    setShown((before) => [...before.filter((item) => !status.items.some((current) => current.draftId === item.draftId)), ...status.items]);
    if (shown.some((item) => !status.items.some((current) => current.draftId === item.draftId))) void draftStore.listReceipts().then(setReceipts);
  }, [status.items]);
  if (shown.length === 0) return null;

  const permitTitle = (permitId: string) => {
    const permit = findDefinition(permitId);
    return permit ? translator.t(textKeys.permitTitle(permit)) : permitId;
  };

  /** Opens the application on its waiting page, where the person is led to what to fix. */
  const open = async (item: OutboxItem) => {
    const stored = await draftStore.get(item.draftId);
    const application = stored && (await applicationFromDraft(stored));
    if (application) applications.set({ ...applications.get(), [application.permitId]: application });
    navigate({ name: 'sent', permitId: item.permitId });
  };

  const save = async (item: OutboxItem) => {
    const file = await exportOutboxItem(item, await outbox.filesOf(item), new Date());
    downloadFile(file.fileName, file.text);
    announce(translator.t('outbox.exported', { file: file.fileName }));
  };

  const remove = async (item: OutboxItem) => {
    await outbox.discard(item.draftId);
    // Not the application on screen any more either: a late autosave must not bring it back.
    if (applications.get()[item.permitId]?.draftId === item.draftId) {
      const { [item.permitId]: _removed, ...others } = applications.get();
      applications.set(others);
    }
    setShown((before) => before.filter((candidate) => candidate.draftId !== item.draftId));
    setConfirming(undefined);
    announce(translator.t('outbox.deleted'));
    onDeleted();
  };

  return (
    <section aria-labelledby="outbox-title">
      <h2 class="utrecht-heading-2" id="outbox-title">
        {translator.t('outbox.listTitle')}
      </h2>
      <ul class="hv-draft-list">
        {shown.map((item) => {
          const current = status.items.find((candidate) => candidate.draftId === item.draftId);
          const reference = current ? undefined : receipts.find((receipt) => receipt.draftId === item.draftId)?.reference;
          const titleId = `outbox-${item.draftId}`;
          const permit = permitTitle(item.permitId);
          return (
            <li class="hv-draft" key={item.draftId} aria-labelledby={titleId}>
              <p class="utrecht-paragraph" id={titleId}>
                {translator.t('outbox.listItem', { permit })}
              </p>
              <OutboxItemStatus item={current ?? item} status={status} {...(reference ? { reference } : {})} />
              {current && current.attempts >= STUCK_AFTER_ATTEMPTS && current.state.kind !== 'needsAction' && (
                <p class="utrecht-paragraph">{translator.t('outbox.keepsFailing', { count: current.attempts })}</p>
              )}
              {current && confirming === item.draftId && (
                <ConfirmDelete id={`${titleId}-confirm`} texts="outbox" onConfirm={() => void remove(current)} onCancel={() => setConfirming(undefined)} />
              )}
              {current && confirming !== item.draftId && (canChangeAnswers(current) || isStuck(current)) && (
                <div class="hv-actions">
                  {canChangeAnswers(current) && (
                    <Button variant="primary" onClick={() => void open(current)}>
                      {translator.t('outbox.open')} <span class="hv-visually-hidden">{permit}</span>
                    </Button>
                  )}
                  {needsCurrentForm(current) && (
                    <ReopenInCurrentFormButton item={current}>
                      {' '}
                      <span class="hv-visually-hidden">{permit}</span>
                    </ReopenInCurrentFormButton>
                  )}
                  {isStuck(current) && (
                    <>
                      <Button variant="secondary" onClick={() => void save(current)}>
                        {translator.t('outbox.export')} <span class="hv-visually-hidden">{permit}</span>
                      </Button>
                      <Button variant="secondary" onClick={() => setConfirming(item.draftId)}>
                        {translator.t('outbox.delete')} <span class="hv-visually-hidden">{permit}</span>
                      </Button>
                    </>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {status.items.length > 0 && (
        <div class="hv-actions">
          <SendNowButton status={status} />
        </div>
      )}
    </section>
  );
}
