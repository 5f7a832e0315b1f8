import type { Locale } from '../i18n';
import type { ApplicationSubmission } from '../intake';
import { answersToSend, todayIso, type FieldError, type PermitDefinition } from '../wizard';
import { getApplication, updateApplication } from './applications';
import { assistanceToSend, consentToSend } from './helpToSend';
import { outbox } from './deviceOutbox';

/** How the first try to send went, for the screen to decide where the person goes next. */
export type SendOutcome =
  /** The service has it; the receipt is on the application. */
  | { readonly kind: 'sent' }
  /** The service refused answers (422); they are shown at their questions. */
  | { readonly kind: 'rejected'; readonly errors: readonly FieldError[] }
  /** Kept on the tablet: waiting for the network, or for staff (see the outbox status). */
  | { readonly kind: 'queued' };

/**
 * "Aanvraag versturen": puts the application in the outbox on the tablet, then tries to send it
 * (guide: offline.md, guarantees 2–5). The idempotency key is made here, once per content: sending
 * the same answers again (after a fix that changed nothing, or a retry) reuses it, so the service
 * registers it once; changed answers are a new submission with a new key.
 */
export async function sendApplication(permit: PermitDefinition, locale: Locale): Promise<SendOutcome> {
  const application = getApplication(permit.id);
  const queued = await outbox.get(application.draftId);
  const today = todayIso();
  const consent = consentToSend(permit, application);
  const submissionAt = (submittedAt: string): ApplicationSubmission => ({
    formId: permit.id,
    formVersion: permit.version,
    locale,
    answers: answersToSend(permit, application.answers, today),
    assistance: assistanceToSend(permit, application, today),
    ...(consent ? { consent } : {}),
    client: { draftId: application.draftId, startedAt: application.startedAt, submittedAt },
  });
  const again = queued && submissionAt(queued.submission.client.submittedAt);
  const unchanged = queued !== undefined && JSON.stringify(again) === JSON.stringify(queued.submission);
  await outbox.enqueue({
    draftId: application.draftId,
    permitId: permit.id,
    submission: unchanged ? queued.submission : submissionAt(new Date().toISOString()),
    idempotencyKey: unchanged ? queued.idempotencyKey : crypto.randomUUID(),
    attempts: 0,
    state: { kind: 'queued' },
  });
  await outbox.sendNow();

  if (getApplication(permit.id).receipt) return { kind: 'sent' };
  const state = outbox.status.get().items.find((item) => item.draftId === application.draftId)?.state;
  if (state?.kind === 'needsAction' && state.reason === 'rejected') {
    showServerErrors(permit.id, state.errors);
    return { kind: 'rejected', errors: state.errors };
  }
  return { kind: 'queued' };
}

/** Shows the service's complaints at their questions, until the answer changes. */
export function showServerErrors(permitId: string, errors: readonly FieldError[]): void {
  updateApplication(permitId, (application) => ({ ...application, serverErrors: errors }));
}
