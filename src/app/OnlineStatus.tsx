import { useTranslator } from './TranslatorContext';
import { useOnline } from './useOnline';

/**
 * "Geen internet" in the page header while the browser says it is offline. The live region is
 * always there and only its text changes, so screen readers announce it politely (WCAG 4.1.3).
 * `navigator.onLine` can say "online" behind a dead network; the outbox does not rely on it.
 */
export function OnlineStatus() {
  const translator = useTranslator();
  const online = useOnline();
  return (
    <p class="hv-header__offline" role="status">
      {online ? '' : translator.t('layout.offline')}
    </p>
  );
}
