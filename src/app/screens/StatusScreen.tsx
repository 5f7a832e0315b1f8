import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { StatusLookupResult, StatusReport } from '../../intake';
import { readStatusLink, readStatusLookup, type StatusLookupField } from '../../status';
import { Button } from '../Button';
import { ErrorSummary, type SummaryItem, type SummaryKind } from '../ErrorSummary';
import { municipality } from '../municipality';
import { takeHandedOverStatus } from '../openStatusOf';
import { Page, PageHeading } from '../Page';
import { PlainField } from '../PlainField';
import { statusReportModel } from '../statusReportModel';
import { useTablet } from '../TabletContext';
import { useTranslator } from '../TranslatorContext';
import { useOnline } from '../useOnline';

/**
 * "Hoe staat het met mijn aanvraag?": anyone with a receipt, on any device, types its reference
 * and status code (or arrives with both from the receipt's QR code, or from the staff's list) and
 * reads what happened when, until when the municipality must decide, whom to contact and what
 * comes next. Nothing of the application itself: no answers, no name, no address.
 */
export function StatusScreen() {
  const { intakeClient: client } = useTablet();
  const translator = useTranslator();
  const online = useOnline();
  const summary = useRef<HTMLDivElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  // From the staff's list in memory, or from the QR code's fragment (read once, then cleared below).
  const [prefill] = useState(() => takeHandedOverStatus() ?? readStatusLink(location.hash));
  const [errors, setErrors] = useState<{ items: readonly SummaryItem[]; kind?: SummaryKind; attempt: number }>({ items: [], attempt: 0 });
  const [found, setFound] = useState<{ report: StatusReport; attempt: number; moveFocus: boolean }>();
  const [busy, setBusy] = useState(false);
  const model = useMemo(() => found && statusReportModel(translator, found.report), [translator, found]);

  useEffect(() => {
    if (errors.attempt > 0) summary.current?.focus();
  }, [errors.attempt]);
  useEffect(() => {
    // After "Bekijk hoe het staat" the answer is where the person goes on reading (WCAG 2.4.3).
    if (found?.moveFocus) resultHeading.current?.focus();
  }, [found?.attempt]);

  const fail = (items: readonly SummaryItem[], kind: SummaryKind = 'check') => setErrors((previous) => ({ items, kind, attempt: previous.attempt + 1 }));

  const lookUp = async (typedReference: string, typedCode: string, moveFocus: boolean) => {
    if (busy) return;
    const read = readStatusLookup(typedReference, typedCode);
    if (!read.ok) {
      setFound(undefined);
      return fail(read.errors.map(({ field, error }) => ({ field, message: translator.t(`status.error.${error}`) })));
    }
    setBusy(true);
    const result = await client.lookUpStatus(read.reference, read.statusCode);
    setBusy(false);
    if (result.kind === 'found') {
      setErrors((previous) => ({ items: [], attempt: previous.attempt }));
      setFound((previous) => ({ report: result.report, attempt: (previous?.attempt ?? 0) + 1, moveFocus }));
      return;
    }
    setFound(undefined);
    const [field, message, kind] = failure(result);
    fail([{ field, message }], kind);
  };

  /** Where and how a lookup that found nothing is said. */
  const failure = (result: Exclude<StatusLookupResult, { kind: 'found' }>): [StatusLookupField, string, SummaryKind] => {
    switch (result.kind) {
      // One message for an unknown reference and a wrong code: the service does not say which either.
      case 'notFound':
        return ['statusCode', translator.t('status.error.notFound'), 'check'];
      case 'limited':
        return ['reference', translator.t('status.error.limited', { minutes: result.minutes }), 'check'];
      case 'locked':
        return ['statusCode', translator.t('status.error.locked', { minutes: result.minutes }), 'check'];
      case 'unreachable':
        return ['reference', translator.t(navigator.onLine ? 'status.error.unreachable' : 'status.offline'), 'fault'];
    }
  };

  useEffect(() => {
    // The code must not stay in the address bar or the history of a shared screen.
    if (location.hash) history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    if (prefill.reference && prefill.statusCode) void lookUp(prefill.reference, prefill.statusCode, false);
  }, []);

  const errorFor = (field: StatusLookupField) => errors.items.find((item) => item.field === field)?.message;
  return (
    <Page title={translator.t('status.title')} hasErrors={errors.items.length > 0} pageKey="status" back={{ name: 'start' }}>
      <ErrorSummary items={errors.items} summaryRef={summary} kind={errors.kind} />
      <PageHeading>{translator.t('status.title')}</PageHeading>
      <p class="utrecht-paragraph hv-lead">{translator.t('status.intro')}</p>
      {!online && <p class="utrecht-paragraph hv-status-offline">{translator.t('status.offline')}</p>}
      <form
        class="utrecht-form hv-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          void lookUp(String(data.get('reference') ?? ''), String(data.get('statusCode') ?? ''), true);
        }}
      >
        <PlainField
          name="reference"
          label={translator.t('status.field.reference')}
          hint={translator.t('status.field.referenceHint')}
          error={errorFor('reference')}
          type="text"
          autoComplete="off"
          maxLength={30}
          width="hv-width-medium"
          defaultValue={prefill.reference}
        />
        <PlainField
          name="statusCode"
          label={translator.t('status.field.statusCode')}
          hint={translator.t('status.field.statusCodeHint')}
          error={errorFor('statusCode')}
          type="text"
          autoComplete="off"
          maxLength={20}
          width="hv-width-medium"
          defaultValue={prefill.statusCode}
        />
        <div class="hv-actions">
          <Button variant="primary" type="submit" busy={busy}>
            {translator.t('status.submit')}
          </Button>
        </div>
        <p class="hv-status" role="status">
          {busy ? translator.t('status.checking') : ''}
        </p>
      </form>
      {model && (
        <section class="hv-status-report" aria-labelledby="status-result">
          <h2 class="utrecht-heading-2" id="status-result" tabIndex={-1} ref={resultHeading}>
            {translator.t('status.result.title')}
          </h2>
          <dl class="hv-answers">
            <div class="hv-answers__row">
              <dt class="hv-answers__question">{translator.t('status.result.permit')}</dt>
              <dd class="hv-answers__answer">{model.permit}</dd>
            </div>
            <div class="hv-answers__row">
              <dt class="hv-answers__question">{translator.t('status.result.reference')}</dt>
              <dd class="hv-answers__answer">{model.reference}</dd>
            </div>
          </dl>
          <h3 class="hv-receipt-step">{translator.t('status.history.title')}</h3>
          <ol class="hv-status-history">
            {model.history.map((step) => (
              <li class="hv-status-history__step" key={`${step.at}-${step.text}`}>
                <time class="hv-status-history__date" dateTime={step.at}>
                  {step.date}
                </time>{' '}
                <span>{step.text}</span>
              </li>
            ))}
          </ol>
          <h3 class="hv-receipt-step">{translator.t('status.decision.title')}</h3>
          {model.decision.map((text) => (
            <p class="utrecht-paragraph" key={text}>
              {text}
            </p>
          ))}
          <h3 class="hv-receipt-step">{translator.t('sent.contactTitle')}</h3>
          {model.handler ? (
            <>
              <p class="utrecht-paragraph">{model.handler.text}</p>
              {model.handler.phone && (
                <p class="utrecht-paragraph">
                  {translator.t('status.contact.phone')}{' '}
                  <a class="utrecht-link" href={`tel:${model.handler.phone.replace(/[^\d+]/g, '')}`}>
                    {model.handler.phone}
                  </a>
                </p>
              )}
              {model.handler.email && (
                <p class="utrecht-paragraph">
                  {translator.t('status.contact.email')}{' '}
                  <a class="utrecht-link" href={`mailto:${model.handler.email}`}>
                    {model.handler.email}
                  </a>
                </p>
              )}
            </>
          ) : (
            <p class="utrecht-paragraph">
              {model.deskContact}{' '}
              <a class="utrecht-link" href={municipality.phoneHref}>
                {municipality.phone}
              </a>{' '}
              {translator.t('sent.contactEmail')}{' '}
              <a class="utrecht-link" href={`mailto:${municipality.email}`}>
                {municipality.email}
              </a>
              . {translator.t('desk.hours')}
            </p>
          )}
          {model.next.length > 0 && <h3 class="hv-receipt-step">{translator.t('sent.nextTitle')}</h3>}
          {model.next.map((text) => (
            <p class="utrecht-paragraph" key={text}>
              {text}
            </p>
          ))}
          {model.freshness.map((text) => (
            <p class="utrecht-paragraph hv-status-report__freshness" key={text}>
              {text}
            </p>
          ))}
        </section>
      )}
    </Page>
  );
}
