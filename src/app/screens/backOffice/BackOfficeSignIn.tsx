import { useEffect, useRef } from 'preact/hooks';
import { useBackOfficeClient, type BackOfficeSession } from '../../../backOffice';
import { ErrorSummary } from '../../ErrorSummary';
import { Page, PageHeading } from '../../Page';
import { PlainField } from '../../PlainField';
import { useTranslator } from '../../TranslatorContext';
import { useSignInForm } from '../../useSignInForm';
import type { SignedOutReason } from './SignedOutReason';

/** Sign-in with a back-office account, as the staff sign-in works (`useSignInForm`), checked by the service. */
export function BackOfficeSignIn({ signedOut, focusHeading, onSignedIn }: { signedOut?: SignedOutReason; focusHeading: boolean; onSignedIn: (session: BackOfficeSession) => void }) {
  const translator = useTranslator();
  const client = useBackOfficeClient();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, []);
  const signIn = useSignInForm({
    fields: { id: 'user', secret: 'password' },
    messages: {
      idRequired: translator.t('backOffice.error.userRequired'),
      secretRequired: translator.t('backOffice.error.passwordRequired'),
      wrong: translator.t('backOffice.signIn.wrong'),
      unavailable: translator.t('backOffice.signIn.unavailable'),
      locked: (minutes) => translator.t('backOffice.signIn.locked', { minutes }),
      submit: translator.t('backOffice.signIn.submit'),
      checking: translator.t('backOffice.signIn.checking'),
    },
    attempt: (user, password) => client.signIn(user, password),
    onSignedIn: ({ session }) => onSignedIn(session),
  });

  return (
    <Page title={translator.t('backOffice.signIn.title')} hasErrors={signIn.errors.length > 0} pageKey="backoffice-sign-in" headingRef={heading}>
      <ErrorSummary items={signIn.errors} summaryRef={signIn.summaryRef} kind={signIn.errorKind} />
      <PageHeading>
        {translator.t('backOffice.signIn.title')}
      </PageHeading>
      {signedOut && <p class="utrecht-paragraph">{translator.t(signedOut === 'ended' ? 'backOffice.signIn.ended' : 'backOffice.signedOut')}</p>}
      <p class="utrecht-paragraph hv-lead">{translator.t('backOffice.signIn.intro')}</p>
      {signIn.form(
        <>
          <PlainField name="user" label={translator.t('backOffice.field.user')} error={signIn.errorFor('user')} type="text" autoComplete="username" maxLength={64} width="hv-width-medium" />
          <PlainField name="password" label={translator.t('backOffice.field.password')} error={signIn.errorFor('password')} type="password" autoComplete="current-password" maxLength={256} width="hv-width-medium" />
        </>,
      )}
    </Page>
  );
}
