export type {
  BackOfficeClient,
  BackOfficeSession,
  ForwardingAttempt,
  ForwardingDetail,
  ForwardingLine,
  ForwardingList,
  ForwardingState,
  ReadResult,
  RetryResult,
  SignInResult,
} from './BackOfficeClient';
export { createHttpBackOfficeClient } from './createHttpBackOfficeClient';
export { BackOfficeClientContext, useBackOfficeClient } from './BackOfficeClientContext';
export { loadBackOfficeTexts } from './loadBackOfficeTexts';
export { FORWARDING_STATES } from './forwardingStates';
