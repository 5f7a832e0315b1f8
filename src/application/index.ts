export {
  applications,
  enterStep,
  getApplication,
  giveConsent,
  noteHelpOnStep,
  recordAtDesk,
  saveAnswers,
  setInternalNote,
  setTypedBy,
  startApplication,
  updateApplication,
} from './applications';
export type { Application, SentPayment } from './Application';
export { assistanceToSend, consentToSend } from './helpToSend';
export { internalNoteProblem } from './internalNoteProblem';
export { handOver } from './handOver';
export { deskStepsDue, firstOpenStep } from './firstOpenStep';
export type { Device } from './Device';
export { applicationFromDraft, applicationOf, keepApplicationsSaved, restoreApplications, saveApplicationNow, unseenReceipts, withFilesOnDevice } from './persistApplications';
export { restoringApplications } from './restoringApplications';
export { errorsToFix, sendApplication, showServerErrors, type SendOutcome } from './sendApplication';
export { discardAttachment, keepAttachment, readAttachments, type KeptAttachment } from './attachments';
export { createApplicationOutbox } from './createApplicationOutbox';
export { DRAFT_EXPIRY_DAYS } from './draftExpiry';
export { copyDeviceTokenForServiceWorker, linkDevice } from './deviceLink';
