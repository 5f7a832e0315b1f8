/** The tablet app's build-time settings and their defaults (README, "Configuration"). */
export {
  BUILD_SETTING_DEFAULTS,
  DEFAULT_DRAFT_EXPIRY_DAYS,
  DEFAULT_PRIVACY_TIMEOUT_MINUTES,
  readDeskLocation,
  readDraftExpiryDays,
  readPrivacyTimeoutMinutes,
} from './buildSettings';
