/** The tablet app's build-time settings and their defaults (README, "Configuration"). */
export { BUILD_SETTING_DEFAULTS, readDeskLocation, readDraftExpiryDays, readPrivacyTimeoutMinutes } from './buildSettings';
