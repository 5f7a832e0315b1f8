import type { Draft, DraftChange, StoredReceipt } from '../drafts';
import { findDefinition } from '../definitions';
import { isAnswered, type AnswerValue, type FileAnswer } from '../wizard';
import type { Application } from './Application';
import { applications, updateApplication } from './applications';
import type { Device } from './Device';
import { DRAFT_EXPIRY_DAYS } from './draftExpiry';
import { fileQuestionIds, withoutLostFiles } from './lostFiles';
import { restoringApplications } from './restoringApplications';

/**
 * The application as a draft on the device; `undefined` when there is nothing worth keeping yet,
 * and always without the citizen's consent: nothing of a person who said no stays on the tablet.
 */
function toDraft(application: Application, permitVersion: number): Draft | undefined {
  const { consent, helper, typedBy, internalNote, recordedAtDesk } = application;
  if (!consent || !Object.values(application.answers).some(isAnswered)) return undefined;
  return {
    id: application.draftId,
    permitId: application.permitId,
    permitVersion,
    answers: application.answers,
    ...(application.stepId ? { stepId: application.stepId } : {}),
    startedAt: application.startedAt,
    consent,
    ...(helper ? { helper } : {}),
    typedBy,
    ...(internalNote ? { internalNote } : {}),
    ...(recordedAtDesk ? { recordedAtDesk } : {}),
    updatedAt: new Date().toISOString(),
  };
}

/** A draft from the device as an application in progress, moved to the permit's current form. */
export async function applicationFromDraft(stored: Draft): Promise<Application | undefined> {
  const permit = findDefinition(stored.permitId);
  if (!permit) return undefined;
  if (stored.permitVersion === permit.version) return applicationOf(stored);
  // Moving a draft to a newer form asks every question type whether its answer still fits: that
  // code loads only when a form changed, so the first screen (which restores drafts) need not carry it.
  const { openDraftWithDefinition } = await import('../drafts/migrateDraft');
  const { draft, changes } = openDraftWithDefinition(stored, permit);
  return applicationOf(draft, changes.length > 0 ? changes : undefined);
}

/**
 * A draft that fits the current form as an application in progress.
 *
 * @param formChanges what the move to the current form changed; when given (even empty) the
 *   wizard tells the person the form changed.
 */
export function applicationOf(draft: Draft, formChanges?: readonly DraftChange[]): Application {
  return {
    permitId: draft.permitId,
    draftId: draft.id,
    startedAt: draft.startedAt,
    answers: draft.answers,
    serverErrors: [],
    ...(draft.stepId ? { stepId: draft.stepId } : {}),
    // A draft from before consent was asked has none: the wizard asks for it before going on.
    ...(draft.consent ? { consent: draft.consent } : {}),
    ...(draft.helper ? { helper: draft.helper } : {}),
    typedBy: draft.typedBy ?? {},
    ...(draft.internalNote ? { internalNote: draft.internalNote } : {}),
    ...(draft.recordedAtDesk ? { recordedAtDesk: draft.recordedAtDesk } : {}),
    ...(formChanges ? { formChanges } : {}),
  };
}

/**
 * Brings back what was being filled in on this tablet after a reload or a closed tab: per permit,
 * the draft changed last. Old drafts are wiped first (they expire after 30 days).
 */
export async function restoreApplications(device: Pick<Device, 'draftStore' | 'outbox'>): Promise<void> {
  const { draftStore, outbox } = device;
  restoringApplications.set(true);
  try {
    await draftStore.ready;
    // What waits in the outbox is known before a permit's page shows, so its address leads to its status.
    // Read alongside the drafts: neither waits for the other.
    const [restored] = await Promise.all([readDrafts(device), outbox.refresh()]);
    // Anything started while the drafts were being read wins over what was read.
    applications.set({ ...restored, ...applications.get() });
  } finally {
    restoringApplications.set(false);
  }
}

/** Per permit, the application of the draft changed last, after the expired ones are wiped. */
async function readDrafts(device: Pick<Device, 'draftStore'>): Promise<Record<string, Application>> {
  const { draftStore } = device;
  await draftStore.wipeExpired(undefined, DRAFT_EXPIRY_DAYS);
  const restored: Record<string, Application> = {};
  for (const summary of await draftStore.list()) {
    if (restored[summary.permitId]) continue;
    const stored = await draftStore.get(summary.id);
    const application = stored && (await applicationFromDraft(stored));
    if (application) restored[application.permitId] = await withFilesOnDevice(device, application);
  }
  return restored;
}

/**
 * The application without file answers whose bytes are not on this tablet, each noted as lost so
 * the person is asked for it again here, plainly, rather than by the intake service. Normally
 * every answer's file is there (the bytes are written before the answer and removed after it);
 * this covers a crash in between and a browser that evicted the tablet's storage.
 */
export async function withFilesOnDevice({ draftStore }: Pick<Device, 'draftStore'>, application: Application): Promise<Application> {
  if (!fileQuestionIds(application.permitId).some((id) => application.answers[id] !== undefined)) return application;
  const kept = new Set((await draftStore.getAttachments(application.draftId)).map((attachment) => attachment.key));
  return withoutLostFiles(application, (file) => file.ref !== undefined && kept.has(file.ref));
}

/**
 * When a save finds files gone that the answers point at (the browser evicted the tablet's storage
 * while the form was open), the answers drop them and their questions say so; the next save then
 * writes what is really there, and only that is called saved.
 */
function forgetFilesThatAreGone({ draftStore }: Pick<Device, 'draftStore'>): () => void {
  return draftStore.status.subscribe((status) => {
    if (status.kind !== 'filesMissing') return;
    const gone = new Set(status.refs);
    const application = Object.values(applications.get()).find((candidate) => candidate.draftId === status.draftId);
    if (application) updateApplication(application.permitId, (current) => withoutLostFiles(current, (file) => file.ref === undefined || !gone.has(file.ref)));
  });
}

/** Saves every change to the device (within half a second, and at once when the page is hidden). */
export function keepApplicationsSaved(device: Pick<Device, 'autosaver' | 'draftStore'>): () => void {
  const { autosaver } = device;
  let previous = applications.get();
  const stopForgetting = forgetFilesThatAreGone(device);
  const stopSaving = applications.subscribe((current) => {
    for (const [permitId, application] of Object.entries(current)) {
      const before = previous[permitId];
      if (application === before) continue;
      // Sent: the outbox already removed the answers and kept the receipt (`createApplicationOutbox.ts`).
      if (application.receipt) continue;
      const permit = findDefinition(permitId);
      const draft = permit && toDraft(application, permit.version);
      if (draft) autosaver.schedule(draft);
    }
    previous = current;
  });
  return () => {
    stopForgetting();
    stopSaving();
  };
}

/** Writes the application to the device now (before sealing it with a code). */
export async function saveApplicationNow({ autosaver, draftStore }: Pick<Device, 'autosaver' | 'draftStore'>, application: Application): Promise<boolean> {
  await autosaver.flush();
  const permit = findDefinition(application.permitId);
  const draft = permit && toDraft(application, permit.version);
  if (!draft) return false;
  const status = await draftStore.save(draft);
  return status.kind === 'saved' || status.kind === 'unavailable';
}

/**
 * The receipts of applications that reached the municipality while no screen showed it (the
 * service worker sent them, or the tab was closed while they waited), last received first: the
 * start screen names them until someone says they saw them (`DraftStore.markReceiptsSeen`).
 */
export async function unseenReceipts({ draftStore }: Pick<Device, 'draftStore'>): Promise<StoredReceipt[]> {
  return (await draftStore.listReceipts()).filter((receipt) => receipt.unseen);
}
