import type { OutboxStatus } from '../outbox';
import { useTranslator } from './TranslatorContext';
import { useTablet } from './TabletContext';
import { Button } from './Button';

/** "Nu versturen": staff ask the outbox to try now instead of waiting for its next turn. */
export function SendNowButton({ status }: { status: OutboxStatus }) {
  const { outbox } = useTablet();
  const translator = useTranslator();
  return (
    <Button
      variant="secondary"
      busy={Boolean(status.sending)}
      onClick={() => void outbox.sendNow()}
    >
      {translator.t('outbox.sendNow')}
    </Button>
  );
}
