import { createStatusCode } from '../crypto';
import type { Locale } from '../i18n';
import type { ApplicationSubmission } from '../intake';
import type { OutboxAttachment, OutboxItem } from '../outbox';
import { answersToSend, isFileQuestion, todayIso, visiblePlan, type Answers, type FieldError, type FileAnswer, type PermitDefinition } from '../wizard';
import { getApplication, updateApplication } from './applications';
import { assistanceToSend, consentToSend, deskToSend, onBehalfToSend } from './helpToSend';
import { onBehalfForm } from '../definitions';
import type { Device } from './Device';

/** How the first try to send went, for the screen to decide where the person goes next. */
export type SendOutcome =
  /** The service has it; the receipt is on the application. */
  | { readonly kind: 'sent' }
  /** The service refused answers (422) or a file (413/415); they are shown at their questions. */
  | { readonly kind: 'rejected'; readonly errors: readonly FieldError[] }
  /** Kept on the tablet: waiting for the network, or for staff (see the outbox status). */
  | { readonly kind: 'queued' };

/**
 * "Aanvraag versturen": puts the application in the outbox on the tablet, then tries to send it
 * (docs/offline.md, guarantees 2–5). The idempotency key is made here, once per content: sending
 * the same answers and files again (after a fix that changed nothing, or a retry) reuses it, so the
 * service registers it once; changed answers or files are a new submission with a new key. The
 * status code for the receipt is made here too, once per application: every send of it carries
 * the same one, so a retry after a lost answer is the same content, and the receipt can show the
 * code the service keeps the hash of. An item queued before status codes existed keeps going
 * without one: a code added now would make it new content under a new key, and so perhaps a
 * second application beside one the service already has.
 */
export async function sendApplication({ autosaver, draftStore, outbox }: Pick<Device, 'autosaver' | 'draftStore' | 'outbox'>, permit: PermitDefinition, locale: Locale): Promise<SendOutcome> {
  const application = getApplication(permit.id);
  const queued = await outbox.get(application.draftId);
  const today = todayIso();
  const consent = consentToSend(permit, application);
  // Made from a draft saved with a code: the service keeps one application per parked draft, and
  // removes the parked copy so the code no longer opens it (api/openapi.json, `ClientInfo`).
  const parkedDraftLookupId = await draftStore.parkedLookupId(application.draftId);
  const statusCode = queued ? queued.submission.statusCode : createStatusCode();
  const onBehalf = onBehalfToSend(application, today);
  const desk = deskToSend(permit, application, today);
  const submissionAt = (submittedAt: string): ApplicationSubmission => ({
    formId: permit.id,
    formVersion: permit.version,
    locale,
    answers: answersToSend(permit, application.answers, today),
    assistance: assistanceToSend(permit, application, today),
    ...(consent ? { consent } : {}),
    ...(onBehalf ? { onBehalf } : {}),
    ...(desk ? { desk } : {}),
    client: { draftId: application.draftId, startedAt: application.startedAt, submittedAt, ...(parkedDraftLookupId ? { parkedDraftLookupId } : {}) },
    ...(statusCode ? { statusCode } : {}),
  });
  // The written authorisation goes as a file part like a permit's own files (api/openapi.json, `OnBehalf`).
  const attachments = [...attachmentsToSend(onBehalfForm, application.answers, today), ...attachmentsToSend(permit, application.answers, today)];
  const again = queued && submissionAt(queued.submission.client.submittedAt);
  const unchanged =
    queued !== undefined &&
    JSON.stringify(again) === JSON.stringify(queued.submission) &&
    JSON.stringify(attachments) === JSON.stringify(queued.attachments ?? []);
  // The draft on the tablet holds the last keystrokes too before the application waits there: it is
  // what the person gets back should the service refuse its form version (`reopenInCurrentForm`).
  await autosaver.flush();
  await outbox.enqueue({
    draftId: application.draftId,
    permitId: permit.id,
    submission: unchanged ? queued.submission : submissionAt(new Date().toISOString()),
    attachments,
    idempotencyKey: unchanged ? queued.idempotencyKey : crypto.randomUUID(),
    attempts: 0,
    state: { kind: 'queued' },
  });
  await outbox.sendNow();

  if (getApplication(permit.id).receipt) return { kind: 'sent' };
  const item = outbox.status.get().items.find((candidate) => candidate.draftId === application.draftId);
  const errors = item && errorsToFix(permit, item);
  if (errors) {
    showServerErrors(permit.id, errors);
    return { kind: 'rejected', errors };
  }
  return { kind: 'queued' };
}

/**
 * What the person must fix at their questions before a refused application can go: the service's
 * field errors of a 422, or of a 413/415 that named the file's question (a file over its limit or
 * of a kind the question does not take). `undefined` when the service named no question (a whole
 * request over its limit): the application then waits with a plain message for staff.
 */
export function errorsToFix(_permit: PermitDefinition, item: OutboxItem): readonly FieldError[] | undefined {
  const { state } = item;
  if (state.kind !== 'needsAction') return undefined;
  if (state.reason === 'rejected') return state.errors;
  // Items queued before file errors were kept have none.
  if (state.reason === 'fileRefused' && (state.errors ?? []).length > 0) return state.errors;
  return undefined;
}

/** The files of the form's visible file questions, in the order their answers list them. */
function attachmentsToSend(permit: PermitDefinition, answers: Answers, today: string): OutboxAttachment[] {
  return visiblePlan(permit, answers, today).flatMap(({ questions }) =>
    questions
      .filter(isFileQuestion)
      .flatMap((question) => {
        const files = answers[question.id];
        return Array.isArray(files) ? (files as readonly FileAnswer[]).flatMap((file) => (file.ref ? [{ questionId: question.id, ref: file.ref, name: file.name }] : [])) : [];
      }),
  );
}

/** Shows the service's complaints at their questions, until the answer changes. */
export function showServerErrors(permitId: string, errors: readonly FieldError[]): void {
  updateApplication(permitId, (application) => ({ ...application, serverErrors: errors }));
}
