import { Button } from './Button';
import { useTranslator } from './TranslatorContext';

/** Where the texts come from: `<texts>.confirmDelete`, `<texts>.confirmDeleteYes`, `<texts>.confirmDeleteNo`. */
export type ConfirmDeleteTexts = 'drafts' | 'outbox';

/**
 * "Weet u het zeker?" in place of the buttons of what is about to be deleted from the tablet, with
 * "Ja, verwijderen" and "Nee, bewaren". A group named by its question, so a screen reader that
 * reaches either button hears what it answers (WCAG 1.3.1, 3.3.4: a deletion that cannot be
 * undone is confirmed first).
 */
export function ConfirmDelete({ id, texts, onConfirm, onCancel }: { id: string; texts: ConfirmDeleteTexts; onConfirm: () => void; onCancel: () => void }) {
  const translator = useTranslator();
  return (
    <div class="hv-confirm" role="group" aria-labelledby={id}>
      <p class="utrecht-paragraph" id={id}>
        {translator.t(`${texts}.confirmDelete`)}
      </p>
      <div class="hv-actions">
        <Button variant="danger" onClick={onConfirm}>
          {translator.t(`${texts}.confirmDeleteYes`)}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {translator.t(`${texts}.confirmDeleteNo`)}
        </Button>
      </div>
    </div>
  );
}
