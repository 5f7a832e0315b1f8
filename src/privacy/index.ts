export { createInactivityTimer, type InactivityOptions, type InactivityState, type InactivityTimer } from './createInactivityTimer';
export { privacyTimeout, timeoutFor } from './privacyTimeout';
