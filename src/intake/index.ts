export type { AddressLookupResult, ApplicationSubmission, Assistance, Consent, ContactChannel, DeskRecord, OnBehalf, FoundAddress, IntakeClient, ParkedDraftLookup, ParkResult, Receipt, SendResult, StatusHistoryEntry, StatusLookupResult, StatusReport, SubmissionFile, TypedBy } from './IntakeClient';
export { createHttpIntakeClient } from './httpIntakeClient';
export { lazyIntakeClient } from './lazyIntakeClient';
export { readDeviceToken, saveDeviceToken } from './deviceToken';
