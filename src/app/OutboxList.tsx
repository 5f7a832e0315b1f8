import { useEffect, useState } from 'preact/hooks';
import { draftStore, outbox } from '../application';
import { findDefinition } from '../definitions';
import type { StoredReceipt } from '../drafts';
import type { OutboxItem } from '../outbox';
import { textKeys } from '../wizard';
import { OutboxItemStatus } from './OutboxItemStatus';
import { SendNowButton } from './SendNowButton';
import { useStore } from './useStore';
import { useTranslator } from './TranslatorContext';

/**
 * For staff: the applications waiting on this tablet to be sent, each with where it stands, and
 * "Nu versturen" (guide: offline.md, guarantee 10). One that went while the list is open stays
 * with its reference, so staff see it go. No answers are shown.
 */
export function OutboxList() {
  const translator = useTranslator();
  const status = useStore(outbox.status);
  const [shown, setShown] = useState<readonly OutboxItem[]>(status.items);
  const [receipts, setReceipts] = useState<readonly StoredReceipt[]>([]);
  useEffect(() => {
    setShown((before) => [...before.filter((item) => !status.items.some((current) => current.draftId === item.draftId)), ...status.items]);
    if (shown.some((item) => !status.items.some((current) => current.draftId === item.draftId))) void draftStore.listReceipts().then(setReceipts);
  }, [status.items]);
  if (shown.length === 0) return null;

  const permitTitle = (permitId: string) => {
    const permit = findDefinition(permitId);
    return permit ? translator.t(textKeys.permitTitle(permit)) : permitId;
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
          return (
            <li class="hv-draft" key={item.draftId}>
              <p class="utrecht-paragraph">{translator.t('outbox.listItem', { permit: permitTitle(item.permitId) })}</p>
              <OutboxItemStatus item={current ?? item} status={status} {...(reference ? { reference } : {})} />
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
