import { signedInStaff } from '../staff';
import { useStore } from './useStore';
import { useTranslator } from './TranslatorContext';
import { useTablet } from './TabletContext';
import { Button } from './Button';

/**
 * The signed-in employee, discreetly in the header, with "Afmelden". Signing out only ends staff
 * mode: the application in progress stays as it is (saved first, so nothing waits in memory).
 */
export function StaffBadge() {
  const { autosaver } = useTablet();
  const translator = useTranslator();
  const staff = useStore(signedInStaff);
  if (!staff) return null;
  const signOut = async () => {
    await autosaver.flush();
    signedInStaff.set(undefined);
    // The button is gone: focus goes to the page's content rather than to nowhere (WCAG 2.4.3).
    document.getElementById('inhoud')?.focus();
  };
  return (
    <p class="hv-header__staff">
      <span class="hv-header__staff-name">{translator.t('staff.badge', { name: staff.name })}</span>
      <Button variant="secondary" action={false} class="hv-language" onClick={() => void signOut()}>
        {translator.t('staff.signOut')}
      </Button>
    </p>
  );
}
