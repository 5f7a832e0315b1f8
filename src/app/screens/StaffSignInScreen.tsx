import { useEffect, useState } from 'preact/hooks';
import { signedInStaff } from '../../staff';
import { ErrorSummary } from '../ErrorSummary';
import { Page, PageHeading } from '../Page';
import { PinField, PlainField } from '../PlainField';
import { navigate } from '../router';
import { RouteLink } from '../RouteLink';
import { useTablet } from '../TabletContext';
import { useTranslator } from '../TranslatorContext';
import { useSignInForm } from '../useSignInForm';

/**
 * Staff sign-in with a staff id and a PIN (`useSignInForm`); after a few wrong PINs the account
 * waits a quarter of an hour. On a tablet without accounts it leads to adding the first employee.
 */
export function StaffSignInScreen() {
  const translator = useTranslator();
  const { staffAccounts } = useTablet();
  const [hasAccounts, setHasAccounts] = useState<boolean>();
  useEffect(() => void staffAccounts.load().then((accounts) => accounts.hasAccounts()).then(setHasAccounts), []);
  const signIn = useSignInForm({
    fields: { id: 'staffId', secret: 'pin' },
    messages: {
      idRequired: translator.t('staff.error.staffIdRequired'),
      secretRequired: translator.t('staff.error.pinRequired'),
      wrong: translator.t('staff.signIn.wrong'),
      unavailable: translator.t('staff.signIn.unavailable'),
      locked: (minutes) => translator.t('staff.signIn.locked', { minutes }),
      submit: translator.t('staff.signIn.submit'),
      checking: translator.t('staff.signIn.checking'),
    },
    attempt: async (staffId, pin) => {
      const result = await (await staffAccounts.load()).signIn(staffId, pin);
      return result.kind === 'locked' ? { kind: 'locked', minutes: result.retryAfterMinutes } : result;
    },
    onSignedIn: ({ member }) => {
      signedInStaff.set(member);
      navigate({ name: 'start' });
    },
  });

  return (
    <Page title={translator.t('staff.signIn.title')} hasErrors={signIn.errors.length > 0} pageKey="staff-sign-in" back={{ name: 'start' }}>
      <ErrorSummary items={signIn.errors} summaryRef={signIn.summaryRef} kind={signIn.errorKind} />
      <PageHeading>
        {translator.t('staff.signIn.title')}
      </PageHeading>
      <p class="utrecht-paragraph hv-lead">{translator.t('staff.signIn.intro')}</p>
      {hasAccounts === false && (
        <p class="utrecht-paragraph">
          {translator.t('staff.signIn.noAccounts')} <RouteLink to={{ name: 'staffAdd' }}>{translator.t('staff.add.title')}</RouteLink>
        </p>
      )}
      {signIn.form(
        <>
          <PlainField name="staffId" label={translator.t('staff.field.staffId')} error={signIn.errorFor('staffId')} type="text" autoComplete="username" maxLength={50} width="hv-width-medium" />
          <PinField name="pin" label={translator.t('staff.field.pin')} hint={translator.t('staff.field.pinHint')} error={signIn.errorFor('pin')} autoComplete="current-password" />
        </>,
      )}
    </Page>
  );
}
