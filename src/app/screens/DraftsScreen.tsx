import { useEffect, useRef, useState } from 'preact/hooks';
import { applicationFromDraft, applications } from '../../application';
import { findDefinition } from '../../definitions';
import type { DraftSummary, StoredReceipt } from '../../drafts';
import { firstUnfinishedStepId, todayIso } from '../../wizard';
import { downloadReceiptPdf } from '../downloadReceiptPdf';
import { formatDateTime } from '../formatDate';
import { Page, PageHeading } from '../Page';
import { OutboxList } from '../OutboxList';
import { receiptModel } from '../receiptModel';
import { permitTitleOf, receiptSummary } from '../receiptSummary';
import { navigate } from '../router';
import { routePath } from '../routes';
import { useTranslator } from '../TranslatorContext';
import { useTablet } from '../TabletContext';
import { Button } from '../Button';
import { ConfirmDelete } from '../ConfirmDelete';
import { openStatusOf } from '../openStatusOf';
import { signedInStaff } from '../../staff';
import { useStore } from '../useStore';

/**
 * For staff: the applications in progress on this tablet, with what is needed to find one (the
 * permit, when it started and was last changed, how far along) and nothing a person typed; and
 * the receipts, to answer "did it go through?" and, signed in, "how is it doing?".
 */
export function DraftsScreen() {
  const { draftStore, outbox } = useTablet();
  const translator = useTranslator();
  const heading = useRef<HTMLHeadingElement>(null);
  const [drafts, setDrafts] = useState<readonly DraftSummary[]>();
  const [receipts, setReceipts] = useState<readonly StoredReceipt[]>([]);
  const [confirming, setConfirming] = useState<string>();
  const [announcement, setAnnouncement] = useState('');
  const staff = useStore(signedInStaff);

  const reload = async () => {
    // Applications waiting in the outbox are listed there, not as drafts to resume or delete.
    const queued = new Set(outbox.status.get().items.map((item) => item.draftId));
    setDrafts((await draftStore.list()).filter((summary) => !queued.has(summary.id)));
    setReceipts(await draftStore.listReceipts());
  };
  useEffect(() => void reload(), []);

  const resume = async (summary: DraftSummary) => {
    const stored = await draftStore.get(summary.id);
    const application = stored && (await applicationFromDraft(stored));
    const permit = application && findDefinition(application.permitId);
    if (!application || !permit) return;
    applications.set({ ...applications.get(), [permit.id]: application });
    const stepId = application.stepId ?? firstUnfinishedStepId(permit, application.answers, todayIso());
    navigate(stepId ? { name: 'step', permitId: permit.id, stepId, fromCheck: false } : { name: 'check', permitId: permit.id });
  };

  const remove = async (summary: DraftSummary) => {
    await draftStore.delete(summary.id);
    const current = applications.get()[summary.permitId];
    if (current?.draftId === summary.id) {
      const { [summary.permitId]: _removed, ...others } = applications.get();
      applications.set(others);
    }
    setConfirming(undefined);
    setAnnouncement(translator.t('drafts.deleted'));
    await reload();
    heading.current?.focus();
  };

  const permitTitle = (permitId: string) => permitTitleOf(translator, permitId);

  return (
    <Page title={translator.t('drafts.title')} pageKey="drafts" back={{ name: 'start' }} headingRef={heading}>
      <PageHeading>
        {translator.t('drafts.title')}
      </PageHeading>
      <p class="hv-status" role="status">
        {announcement}
      </p>
      {drafts && drafts.length === 0 && outbox.status.get().items.length === 0 && <p class="utrecht-paragraph">{translator.t('drafts.none')}</p>}
      <ul class="hv-draft-list">
        {(drafts ?? []).map((summary) => {
          const titleId = `draft-${summary.id}`;
          return (
            <li class="hv-draft" key={summary.id} aria-labelledby={titleId}>
              <h2 class="utrecht-heading-2 hv-draft__title" id={titleId}>
                {translator.t('drafts.label', { permit: permitTitle(summary.permitId), started: formatDateTime(summary.startedAt, translator.tag) })}
              </h2>
              <p class="utrecht-paragraph">
                {translator.t('drafts.progress', { count: summary.answeredCount, changed: formatDateTime(summary.updatedAt, translator.tag) })}
              </p>
              {confirming === summary.id ? (
                <ConfirmDelete id={`${titleId}-confirm`} texts="drafts" onConfirm={() => void remove(summary)} onCancel={() => setConfirming(undefined)} />
              ) : (
                <div class="hv-actions">
                  <Button variant="primary" onClick={() => void resume(summary)}>
                    {translator.t('drafts.resume')}{' '}
                    <span class="hv-visually-hidden">{permitTitle(summary.permitId)}</span>
                  </Button>
                  <Button variant="secondary" onClick={() => setConfirming(summary.id)}>
                    {translator.t('drafts.delete')}{' '}
                    <span class="hv-visually-hidden">{permitTitle(summary.permitId)}</span>
                  </Button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      <OutboxList
        announce={setAnnouncement}
        onDeleted={() => {
          // The item and its buttons are gone: focus goes to the page's heading (WCAG 2.4.3).
          heading.current?.focus();
          void reload();
        }}
      />
      {receipts.length > 0 && (
        <>
          <h2 class="utrecht-heading-2">{translator.t('drafts.receiptsTitle')}</h2>
          <ul class="hv-receipt-list">
            {receipts.map((receipt) => {
              const permit = findDefinition(receipt.permitId);
              return (
                <li key={receipt.reference}>
                  {receiptSummary(translator, receipt)}
                  {permit && (
                    // The same proof of receipt again, without the answers: they left the tablet when it was sent.
                    <Button
                      variant="secondary"
                      class="hv-receipt-download"
                      onClick={() =>
                        void downloadReceiptPdf(receiptModel(translator, permit, { ...receipt, status: 'received' }, undefined, { appAddress: location.href }), translator).then((file) =>
                          setAnnouncement(translator.t('receipt.downloaded', { file })),
                        )
                      }
                    >
                      {translator.t('drafts.receiptPdf')} <span class="hv-visually-hidden">{receipt.reference}</span>
                    </Button>
                  )}
                  {staff && receipt.statusCode && (
                    // Staff answer "how is it doing?" at the desk without typing the code from the slip.
                    <a
                      class="utrecht-link hv-action-link"
                      href={routePath({ name: 'status' })}
                      onClick={(event) => {
                        event.preventDefault();
                        if (receipt.statusCode) openStatusOf({ reference: receipt.reference, statusCode: receipt.statusCode });
                      }}
                    >
                      {translator.t('drafts.receiptStatus')} <span class="hv-visually-hidden">{receipt.reference}</span>
                    </a>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </Page>
  );
}
