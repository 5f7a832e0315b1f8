import { useEffect, useRef, useState } from 'preact/hooks';
import { useBackOfficeClient, type BackOfficeSession } from '../../../backOffice';
import { ErrorSummary, type SummaryItem, type SummaryKind } from '../../ErrorSummary';
import { Page, PageHeading } from '../../Page';
import { PlainField } from '../../PlainField';
import { useTranslator } from '../../TranslatorContext';
import type { SignedOutReason } from './SignedOutReason';
import { Button } from '../../Button';

/**
 * Sign-in with a back-office account, as the staff sign-in works: password managers may fill
 * both boxes and pasting works (WCAG 3.3.8), errors in the error summary with links to the boxes,
 * nothing typed is cleared by an error, and a wrong password gets one plain message whether or
 * not the user name exists.
 */
export function BackOfficeSignIn({ signedOut, focusHeading, onSignedIn }: { signedOut?: SignedOutReason; focusHeading: boolean; onSignedIn: (session: BackOfficeSession) => void }) {
  const translator = useTranslator();
  const client = useBackOfficeClient();
  const heading = useRef<HTMLHeadingElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useState<{ items: readonly SummaryItem[]; kind?: SummaryKind; attempt: number }>({ items: [], attempt: 0 });
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, []);
  useEffect(() => {
    if (errors.attempt > 0) summary.current?.focus();
  }, [errors.attempt]);

  const fail = (items: readonly SummaryItem[], kind: SummaryKind = 'check') => setErrors((previous) => ({ items, kind, attempt: previous.attempt + 1 }));

  const signIn = async (form: HTMLFormElement) => {
    if (busy) return;
    const data = new FormData(form);
    const user = String(data.get('user') ?? '');
    const password = String(data.get('password') ?? '');
    const missing: SummaryItem[] = [];
    if (user.trim() === '') missing.push({ field: 'user', message: translator.t('backOffice.error.userRequired') });
    if (password === '') missing.push({ field: 'password', message: translator.t('backOffice.error.passwordRequired') });
    if (missing.length > 0) return fail(missing);
    setBusy(true);
    const result = await client.signIn(user, password);
    setBusy(false);
    if (result.kind === 'signedIn') onSignedIn(result.session);
    else if (result.kind === 'locked') fail([{ field: 'password', message: translator.t('backOffice.signIn.locked', { minutes: result.minutes }) }]);
    else if (result.kind === 'unavailable') fail([{ field: 'user', message: translator.t('backOffice.signIn.unavailable') }], 'fault');
    else fail([{ field: 'password', message: translator.t('backOffice.signIn.wrong') }]);
  };

  const errorFor = (field: string) => errors.items.find((item) => item.field === field)?.message;
  return (
    <Page title={translator.t('backOffice.signIn.title')} hasErrors={errors.items.length > 0} pageKey="backoffice-sign-in" headingRef={heading}>
      <ErrorSummary items={errors.items} summaryRef={summary} kind={errors.kind} />
      <PageHeading>
        {translator.t('backOffice.signIn.title')}
      </PageHeading>
      {signedOut && <p class="utrecht-paragraph">{translator.t(signedOut === 'ended' ? 'backOffice.signIn.ended' : 'backOffice.signedOut')}</p>}
      <p class="utrecht-paragraph hv-lead">{translator.t('backOffice.signIn.intro')}</p>
      <form
        class="utrecht-form hv-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void signIn(event.currentTarget);
        }}
      >
        <PlainField name="user" label={translator.t('backOffice.field.user')} error={errorFor('user')} type="text" autoComplete="username" maxLength={64} width="hv-width-medium" />
        <PlainField name="password" label={translator.t('backOffice.field.password')} error={errorFor('password')} type="password" autoComplete="current-password" maxLength={256} width="hv-width-medium" />
        <div class="hv-actions">
          <Button variant="primary" type="submit" busy={busy}>
            {translator.t('backOffice.signIn.submit')}
          </Button>
        </div>
        <p class="hv-status" role="status">
          {busy ? translator.t('backOffice.signIn.checking') : ''}
        </p>
      </form>
    </Page>
  );
}
