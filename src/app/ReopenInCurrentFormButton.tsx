import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { OutboxItem } from '../outbox';
import { reopenInCurrentForm } from './reopenInCurrentForm';
import { navigate } from './router';
import { useTablet } from './TabletContext';
import { useTranslator } from './TranslatorContext';
import { Button } from './Button';

/**
 * "Aanvraag aanvullen" for an application whose form version the service no longer accepts: turns
 * it back into a draft in the current form and opens it at the first step that needs an answer,
 * where the wizard says the form changed. Should the tablet fail to save it, it stays queued and
 * an alert says so (WCAG 4.1.3). `children` tell buttons in a list apart for a screen reader.
 */
export function ReopenInCurrentFormButton({ item, children }: { item: OutboxItem; children?: ComponentChildren }) {
  const translator = useTranslator();
  const tablet = useTablet();
  const [failed, setFailed] = useState(false);
  const reopen = async () => {
    const outcome = await reopenInCurrentForm(tablet, item);
    setFailed(outcome.kind === 'failed');
    if (outcome.kind === 'failed') return;
    const { permitId } = item;
    navigate(outcome.stepId ? { name: 'step', permitId, stepId: outcome.stepId, fromCheck: false } : { name: 'check', permitId });
  };
  return (
    <>
      <Button variant="primary" onClick={() => void reopen()}>
        {translator.t('outbox.reopenInCurrentForm')}
        {children}
      </Button>
      {failed && (
        <p class="utrecht-paragraph" role="alert">
          {translator.t('outbox.reopenFailed')}
        </p>
      )}
    </>
  );
}
