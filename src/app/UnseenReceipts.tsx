import { useEffect, useState } from 'preact/hooks';
import { unseenReceipts } from '../application';
import { useStore } from './useStore';
import type { StoredReceipt } from '../drafts';
import { receiptSummary } from './receiptSummary';
import { RouteLink } from './RouteLink';
import { useTablet } from './TabletContext';
import { useTranslator } from './TranslatorContext';
import { Button } from './Button';

/**
 * Applications that reached the municipality while no screen showed it (the service worker sent
 * them, or the tab was closed while they waited): their references at the next start, until
 * someone says they saw them. Otherwise a person who sent offline never learns their reference.
 */
export function UnseenReceipts() {
  const tablet = useTablet();
  const { draftStore, outbox } = tablet;
  const translator = useTranslator();
  const [unseen, setUnseen] = useState<readonly StoredReceipt[]>([]);
  // Read again whenever the outbox changes: it may deliver while this screen is open.
  const waiting = useStore(outbox.status).items.length;
  useEffect(() => {
    let current = true;
    void unseenReceipts(tablet).then((receipts) => current && setUnseen(receipts));
    return () => {
      current = false;
    };
  }, [waiting]);
  if (unseen.length === 0) return null;
  return (
    <section class="utrecht-alert utrecht-alert--info hv-unseen-receipts" aria-labelledby="unseen-receipts-title">
      <h2 class="utrecht-heading-2" id="unseen-receipts-title">
        {translator.t('start.sentUnseen.title')}
      </h2>
      <p class="utrecht-paragraph">{translator.t('start.sentUnseen.intro')}</p>
      <ul>
        {unseen.map((receipt) => (
          <li key={receipt.reference}>
            {receiptSummary(translator, receipt)}
          </li>
        ))}
      </ul>
      <div class="hv-actions">
        <RouteLink to={{ name: 'drafts' }} class="utrecht-link hv-action-link">
          {translator.t('start.sentUnseen.receipts')}
        </RouteLink>
        <Button
          variant="secondary"
          onClick={() => void draftStore.markReceiptsSeen(unseen.map((receipt) => receipt.reference)).then(() => setUnseen([]))}
        >
          {translator.t('start.sentUnseen.seen')}
        </Button>
      </div>
    </section>
  );
}
