import { defaultDisplayPreferences, displayPreferences } from './displayPreferences';
import { language } from './language';

/** Back to Dutch, normal text and the device's contrast: the end of a visit ("Stoppen en wissen"). */
export function resetPreferences(): void {
  language.set('nl');
  displayPreferences.set(defaultDisplayPreferences);
}
