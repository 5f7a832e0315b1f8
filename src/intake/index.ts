export type { ApplicationSubmission, Assistance, Consent, ContactChannel, IntakeClient, Receipt, SendResult, TypedBy } from './IntakeClient';
export { createHttpIntakeClient } from './httpIntakeClient';
export { readDeviceToken, saveDeviceToken } from './deviceToken';
