import type { Ref } from 'preact';
import type { ForwardingDetail, ForwardingLine } from '../../../backOffice';
import { formatDateTime } from '../../formatDate';
import { useTranslator } from '../../TranslatorContext';
import { Button } from '../../Button';

/**
 * One application in the worklist: its reference as a heading (focus goes there after a retry),
 * what it is and where it stands, every try with its plain message and the technical detail
 * folded away, and "Opnieuw proberen" while it needs action.
 */
export function ForwardingItem({
  line,
  detail,
  headingRef,
  onRetry,
}: {
  line: ForwardingLine;
  detail: ForwardingDetail | undefined;
  headingRef: Ref<HTMLHeadingElement>;
  onRetry: (reference: string) => void;
}) {
  const translator = useTranslator();
  const when = (iso: string) => formatDateTime(iso, translator.tag);
  const permitKey = `permit.${line.formId}.title`;
  const headingId = `aanvraag-${line.reference}`;
  const rows: Array<[string, string]> = [
    [translator.t('backOffice.item.permit'), translator.has(permitKey) ? translator.t(permitKey) : line.formId],
    [translator.t('backOffice.item.receivedAt'), when(line.receivedAt)],
    [translator.t('backOffice.item.state'), translator.t(`backOffice.stateName.${line.state}`)],
    [translator.t('backOffice.item.attempts'), String(line.attempts)],
    ...(line.nextAttemptAt ? [[translator.t('backOffice.item.nextAttemptAt'), when(line.nextAttemptAt)] as [string, string]] : []),
    ...(line.reason ? [[translator.t('backOffice.item.reason'), line.reason] as [string, string]] : []),
    ...(line.zaakIdentificatie ? [[translator.t('backOffice.item.zaak'), line.zaakIdentificatie] as [string, string]] : []),
    ...(line.registeredAt ? [[translator.t('backOffice.item.registeredAt'), when(line.registeredAt)] as [string, string]] : []),
  ];
  return (
    <article class="hv-worklist__item" aria-labelledby={headingId}>
      <h3 class="utrecht-heading-3 hv-worklist__reference" id={headingId} tabIndex={-1} ref={headingRef}>
        {line.reference}
      </h3>
      <dl class="hv-answers">
        {rows.map(([label, value]) => (
          <div class="hv-answers__row" key={label}>
            <dt class="hv-answers__question">{label}</dt>
            <dd class="hv-answers__answer">{value}</dd>
          </div>
        ))}
      </dl>
      {detail && (
        <>
          <h4 class="utrecht-heading-4">{translator.t('backOffice.attempts.title')}</h4>
          {detail.attempts.length === 0 ? (
            <p class="utrecht-paragraph">{translator.t('backOffice.attempts.none')}</p>
          ) : (
            <ol class="hv-worklist__attempts">
              {detail.attempts.map((attempt) => (
                <li key={`${attempt.at}-${attempt.step}`}>
                  <p class="utrecht-paragraph">
                    <time dateTime={attempt.at}>{when(attempt.at)}</time>: {attempt.message}
                  </p>
                  <p class="utrecht-paragraph hv-worklist__meta">
                    {translator.t('backOffice.attempts.step', { step: attempt.step })}
                    {attempt.by ? ` · ${translator.t('backOffice.attempts.by', { user: attempt.by })}` : ''}
                  </p>
                  {attempt.detail && (
                    <details class="hv-worklist__detail">
                      <summary>{translator.t('backOffice.attempts.detail')}</summary>
                      <pre>{attempt.detail}</pre>
                    </details>
                  )}
                </li>
              ))}
            </ol>
          )}
        </>
      )}
      {line.state === 'needsAction' && (
        <div class="hv-actions">
          <Button variant="secondary" onClick={() => onRetry(line.reference)}>
            {translator.t('backOffice.retry')}{' '}
            <span class="hv-visually-hidden">{line.reference}</span>
          </Button>
        </div>
      )}
    </article>
  );
}
