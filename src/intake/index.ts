export type { ApplicationSubmission, Assistance, IntakeClient, Receipt, SendResult } from './IntakeClient';
export { createHttpIntakeClient } from './httpIntakeClient';
export { readDeviceToken, saveDeviceToken } from './deviceToken';
