import { Fragment } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { SentPayment } from '../../application';
import type { Receipt } from '../../intake';
import { textKeys, type Answers, type PermitDefinition } from '../../wizard';
import { downloadReceiptPdf } from '../downloadReceiptPdf';
import { Page, PageHeading } from '../Page';
import { municipality } from '../municipality';
import { receiptModel, type ReceiptRow } from '../receiptModel';
import { RouteLink } from '../RouteLink';
import { useTranslator } from '../TranslatorContext';
import { useTablet } from '../TabletContext';
import { Button } from '../Button';
import { StatusQrCode } from '../StatusQrCode';

/**
 * Proof of receipt (the Awb asks for one): the reference with the status code (and its QR code) to
 * look up where it stands, when it arrived, what happens next, the
 * latest decision date, whom to contact — the charter's "no surprises" and "your contact" — and
 * what was sent. On paper through the print stylesheet, or as a PDF made on the tablet.
 */
export function ConfirmationScreen({
  permit,
  receipt,
  sentAnswers,
  helperName,
  payment,
}: {
  permit: PermitDefinition;
  receipt: Receipt & { readonly statusCode?: string };
  sentAnswers?: Answers;
  helperName?: string;
  payment?: SentPayment;
}) {
  const { draftStore } = useTablet();
  const translator = useTranslator();
  const [downloaded, setDownloaded] = useState('');
  const model = useMemo(() => receiptModel(translator, permit, receipt, sentAnswers, { appAddress: location.href, helperName, payment }), [translator, permit, receipt, sentAnswers, helperName, payment]);
  const permitTitle = translator.t(textKeys.permitTitle(permit));
  // Shown: not news at the next start (`UnseenReceipts`).
  useEffect(() => void draftStore.markReceiptsSeen([receipt.reference]), [receipt.reference]);
  return (
    <Page title={translator.t('sent.title')} permitTitle={permitTitle} pageKey="sent">
      <div class="hv-confirmation">
        <PageHeading>
          {translator.t('sent.title')}
        </PageHeading>
        <p class="hv-reference">
          {translator.t('sent.reference')} <strong class="hv-reference__number">{receipt.reference}</strong>
        </p>
        {model.statusCode && (
          <p class="hv-reference">
            {model.statusCode.intro} <strong class="hv-reference__status-code">{model.statusCode.code}</strong>
          </p>
        )}
      </div>
      {model.statusCode && (
        <>
          <p class="utrecht-paragraph">{model.statusCode.note}</p>
          <StatusQrCode statusCode={model.statusCode} />
        </>
      )}
      <Rows rows={model.facts.slice(1)} />
      <h2 class="utrecht-heading-2">{model.nextTitle}</h2>
      {model.next.map((text) => (
        <p class="utrecht-paragraph" key={text}>
          {text}
        </p>
      ))}
      <h2 class="utrecht-heading-2">{model.contactTitle}</h2>
      <p class="utrecht-paragraph">
        {model.contact}{' '}
        <a class="utrecht-link" href={municipality.phoneHref}>
          {municipality.phone}
        </a>{' '}
        {model.contactEmail}{' '}
        <a class="utrecht-link" href={`mailto:${municipality.email}`}>
          {municipality.email}
        </a>
        .
      </p>
      <h2 class="utrecht-heading-2">{model.answersTitle}</h2>
      {model.answers ? (
        model.answers.map((section) => (
          <Fragment key={section.title}>
            <h3 class="hv-receipt-step">{section.title}</h3>
            <Rows rows={section.rows} />
          </Fragment>
        ))
      ) : (
        <p class="utrecht-paragraph">{model.answersGone}</p>
      )}
      <div class="hv-actions hv-no-print">
        <Button variant="secondary" onClick={() => window.print()}>
          {translator.t('sent.print')}
        </Button>
        <Button
          variant="secondary"
          onClick={() => void downloadReceiptPdf(model, translator).then((file) => setDownloaded(translator.t('receipt.downloaded', { file })))}
        >
          {translator.t('receipt.download')}
        </Button>
        <RouteLink to={{ name: 'start' }} class="utrecht-link hv-action-link">
          {translator.t('sent.startAgain')}
        </RouteLink>
      </div>
      <p class="utrecht-paragraph hv-no-print">{translator.t('receipt.downloadNote')}</p>
      <p class="hv-status hv-no-print" role="status">
        {downloaded}
      </p>
    </Page>
  );
}

function Rows({ rows }: { rows: readonly ReceiptRow[] }) {
  return (
    <dl class="hv-answers">
      {rows.map((row) => (
        <div class="hv-answers__row" key={row.label}>
          <dt class="hv-answers__question">{row.label}</dt>
          <dd class="hv-answers__answer" dir="auto">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
