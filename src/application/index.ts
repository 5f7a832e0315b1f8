export { applications, enterStep, getApplication, startApplication, saveAnswers, updateApplication, type Application } from './applications';
export { autosaver, draftStore } from './deviceDrafts';
export { applicationFromDraft, keepApplicationsSaved, restoreApplications, saveApplicationNow } from './persistApplications';
export { sendApplication } from './sendApplication';
export { DRAFT_EXPIRY_DAYS } from './draftExpiry';
