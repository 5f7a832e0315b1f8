import type { Locale } from '../i18n';
import type { IntakeClient, SendResult } from '../intake';
import { answersToSend, todayIso, type PermitDefinition } from '../wizard';
import { getApplication, updateApplication } from './applications';

/**
 * Sends the application to the intake service and records the outcome. The idempotency key and
 * submission time are made once and reused by every retry of the same content, so a retry after
 * a lost answer gets the same reference instead of a second registration.
 */
export async function sendApplication(client: IntakeClient, permit: PermitDefinition, locale: Locale): Promise<SendResult> {
  const before = getApplication(permit.id);
  const submission = before.submission ?? { idempotencyKey: crypto.randomUUID(), submittedAt: new Date().toISOString() };
  updateApplication(permit.id, (application) => ({ ...application, submission }));
  const result = await client.send(
    {
      formId: permit.id,
      formVersion: permit.version,
      locale,
      answers: answersToSend(permit, before.answers, todayIso()),
      assistance: { assisted: false },
      client: { draftId: before.draftId, startedAt: before.startedAt, submittedAt: submission.submittedAt },
    },
    submission.idempotencyKey,
  );
  updateApplication(permit.id, (application) => {
    switch (result.kind) {
      // Once the municipality has it, the answers leave the tablet: only the receipt stays.
      case 'sent':
        return { ...application, answers: {}, serverErrors: [], receipt: result.receipt };
      case 'rejected':
        return { ...application, serverErrors: result.errors };
      case 'conflict':
        return { ...application, submission: undefined };
      default:
        return application;
    }
  });
  return result;
}
