import { applicationOf, applications, withFilesOnDevice, type Device } from '../application';
import { openDraftWithDefinition, type Draft } from '../drafts';
import { findDefinition } from '../definitions';
import type { OutboxItem } from '../outbox';
import { firstUnfinishedStepId, todayIso, type AnswerValue, type FileAnswer } from '../wizard';

/** How taking a queued application back into the current form went. */
export type ReopenOutcome =
  /** It is a draft in the current form again and the application on screen; go on at `stepId` (none: all answered, the check page). */
  | { readonly kind: 'reopened'; readonly stepId?: string }
  /** The draft could not be written to the tablet; the application stays queued as it was. */
  | { readonly kind: 'failed' };

/**
 * The service no longer accepts the version of the form a queued application was filled in with
 * (`formChanged`): turns it back into a draft, moved to the current form with
 * `openDraftWithDefinition` (answers that still fit and their files are kept), so the person
 * answers what is new and sends it again (docs/offline.md, guarantee 9). The draft is written
 * before the item leaves the outbox, so a crash in between loses nothing. Another application of
 * the same permit that was on screen stays in the drafts. Here in the shell, beside the button that
 * alone uses it, so it loads with the outbox's screens and never with the first screen.
 */
export async function reopenInCurrentForm(device: Pick<Device, 'autosaver' | 'draftStore' | 'outbox'>, item: OutboxItem): Promise<ReopenOutcome> {
  const { autosaver, draftStore, outbox } = device;
  const permit = findDefinition(item.permitId);
  if (!permit) return { kind: 'failed' };
  await autosaver.flush();
  const stored = (await draftStore.get(item.draftId)) ?? draftFromQueued(item);
  const { draft, changes } = openDraftWithDefinition(stored, permit);
  const status = await draftStore.save({ ...draft, updatedAt: new Date().toISOString() });
  if (status.kind !== 'saved' && status.kind !== 'unavailable') return { kind: 'failed' };
  await outbox.takeBack(item.draftId);
  const application = await withFilesOnDevice(device, applicationOf(draft, changes));
  applications.set({ ...applications.get(), [application.permitId]: application });
  const stepId = firstUnfinishedStepId(permit, application.answers, todayIso());
  return stepId ? { kind: 'reopened', stepId } : { kind: 'reopened' };
}

/**
 * The draft of a queued application whose draft has expired on the tablet (drafts go after 30
 * days, a queued application's files stay): made from what it would have sent. Normalised answers
 * are valid answers to type over; file answers get back their keys to the bytes kept for sending.
 */
function draftFromQueued(item: OutboxItem): Draft {
  const { submission } = item;
  const answers: Record<string, AnswerValue> = { ...(submission.answers as Record<string, AnswerValue>) };
  for (const questionId of new Set((item.attachments ?? []).map((attachment) => attachment.questionId))) {
    const refs = (item.attachments ?? []).filter((attachment) => attachment.questionId === questionId);
    const files = answers[questionId];
    if (Array.isArray(files)) answers[questionId] = (files as readonly FileAnswer[]).map((file, index) => ({ ...file, ...(refs[index] ? { ref: refs[index].ref } : {}) }));
  }
  const { assistance, consent } = submission;
  return {
    id: item.draftId,
    permitId: item.permitId,
    permitVersion: submission.formVersion,
    answers,
    startedAt: submission.client.startedAt,
    ...(consent ? { consent } : {}),
    ...(assistance.assisted ? { helper: { staffId: assistance.staffId, staffName: assistance.staffName }, typedBy: assistance.typedBy ?? {} } : {}),
    ...(assistance.assisted && assistance.internalNote ? { internalNote: assistance.internalNote } : {}),
    updatedAt: new Date().toISOString(),
  };
}
