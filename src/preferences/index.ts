export { language } from './language';
export { contrasts, defaultDisplayPreferences, displayPreferences, textSizes, type Contrast, type DisplayPreferences, type TextSize } from './displayPreferences';
export { keepPreferencesForVisit } from './keepPreferencesForVisit';
export { resetPreferences } from './resetPreferences';
