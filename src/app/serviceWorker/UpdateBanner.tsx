import { useStore } from '../useStore';
import { useTranslator } from '../TranslatorContext';
import { useTablet } from '../TabletContext';
import { Button } from '../Button';

/**
 * "Er is een nieuwe versie": a calm notice, never a reload by surprise. The text sits in a polite
 * live region that is always in the page, so it is read out once when it appears and focus stays
 * where the person is typing (WCAG 4.1.3). The button applies the update after saving the answers.
 */
export function UpdateBanner() {
  const translator = useTranslator();
  const update = useTablet().appUpdate;
  const status = useStore(update.status);
  const text = {
    current: '',
    available: translator.t('update.available'),
    applying: translator.t('update.applying'),
    notSaved: translator.t('update.notSaved'),
  }[status];
  const shown = status !== 'current';
  return (
    <div class={shown ? 'hv-update hv-update--shown' : 'hv-update'}>
      <p class="utrecht-paragraph hv-update__text" role="status">
        {text}
      </p>
      {shown && (
        <Button variant="primary" onClick={() => void update.apply()}>
          {translator.t('update.apply')}
        </Button>
      )}
    </div>
  );
}
