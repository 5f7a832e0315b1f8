import { RouteLink } from './RouteLink';
import { useTranslator } from './TranslatorContext';

/** "Opslaan en later verder": to the page that gives a resume code for this application. */
export function SaveForLaterLink({ permitId }: { permitId: string }) {
  const translator = useTranslator();
  return (
    <RouteLink to={{ name: 'saveForLater', permitId }} class="utrecht-link hv-action-link">
      {translator.t('drafts.saveForLater')}
    </RouteLink>
  );
}
