export { applications, enterStep, getApplication, startApplication, saveAnswers, updateApplication, type Application } from './applications';
export { handOver } from './handOver';
export { autosaver, draftStore } from './deviceDrafts';
export { applicationFromDraft, keepApplicationsSaved, restoreApplications, saveApplicationNow } from './persistApplications';
export { sendApplication, showServerErrors, type SendOutcome } from './sendApplication';
export { outbox } from './deviceOutbox';
export { DRAFT_EXPIRY_DAYS } from './draftExpiry';
