import type { OutboxStatus } from '../outbox';
import { useTranslator } from './TranslatorContext';
import { useTablet } from './TabletContext';

/** "Nu versturen": staff ask the outbox to try now instead of waiting for its next turn. */
export function SendNowButton({ status }: { status: OutboxStatus }) {
  const { outbox } = useTablet();
  const translator = useTranslator();
  return (
    <button
      type="button"
      class="utrecht-button utrecht-button--secondary-action hv-button"
      aria-disabled={status.sending ? 'true' : undefined}
      onClick={() => void outbox.sendNow()}
    >
      {translator.t('outbox.sendNow')}
    </button>
  );
}
