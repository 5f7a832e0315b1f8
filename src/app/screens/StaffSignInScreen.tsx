import { useEffect, useRef, useState } from 'preact/hooks';
import { signedInStaff } from '../../staff';
import { ErrorSummary, type SummaryItem, type SummaryKind } from '../ErrorSummary';
import { Page, PageHeading } from '../Page';
import { PinField, PlainField } from '../PlainField';
import { navigate } from '../router';
import { RouteLink } from '../RouteLink';
import { useTablet } from '../TabletContext';
import { useTranslator } from '../TranslatorContext';
import { Button } from '../Button';

/**
 * Staff sign-in with a staff id and a PIN. Password managers may fill both in and paste works
 * (WCAG 3.3.8: no cognitive test); a wrong PIN gets one plain message, and after a few the account
 * waits a quarter of an hour. On a tablet without accounts it leads to adding the first employee.
 */
export function StaffSignInScreen() {
  const translator = useTranslator();
  const { staffAccounts } = useTablet();
  const summary = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useState<{ items: readonly SummaryItem[]; kind?: SummaryKind; attempt: number }>({ items: [], attempt: 0 });
  const [busy, setBusy] = useState(false);
  const [hasAccounts, setHasAccounts] = useState<boolean>();
  useEffect(() => void staffAccounts.load().then((accounts) => accounts.hasAccounts()).then(setHasAccounts), []);
  useEffect(() => {
    if (errors.attempt > 0) summary.current?.focus();
  }, [errors.attempt]);

  const fail = (items: readonly SummaryItem[], kind: SummaryKind = 'check') => setErrors((previous) => ({ items, kind, attempt: previous.attempt + 1 }));

  const signIn = async (form: HTMLFormElement) => {
    if (busy) return;
    const data = new FormData(form);
    const staffId = String(data.get('staffId') ?? '');
    const pin = String(data.get('pin') ?? '');
    const missing: SummaryItem[] = [];
    if (staffId.trim() === '') missing.push({ field: 'staffId', message: translator.t('staff.error.staffIdRequired') });
    if (pin === '') missing.push({ field: 'pin', message: translator.t('staff.error.pinRequired') });
    if (missing.length > 0) return fail(missing);
    setBusy(true);
    const result = await (await staffAccounts.load()).signIn(staffId, pin);
    setBusy(false);
    if (result.kind === 'signedIn') {
      signedInStaff.set(result.member);
      navigate({ name: 'start' });
    } else if (result.kind === 'locked') fail([{ field: 'pin', message: translator.t('staff.signIn.locked', { minutes: result.retryAfterMinutes }) }]);
    else if (result.kind === 'unavailable') fail([{ field: 'staffId', message: translator.t('staff.signIn.unavailable') }], 'fault');
    else fail([{ field: 'pin', message: translator.t('staff.signIn.wrong') }]);
  };

  const errorFor = (field: string) => errors.items.find((item) => item.field === field)?.message;
  return (
    <Page title={translator.t('staff.signIn.title')} hasErrors={errors.items.length > 0} pageKey="staff-sign-in" back={{ name: 'start' }}>
      <ErrorSummary items={errors.items} summaryRef={summary} kind={errors.kind} />
      <PageHeading>
        {translator.t('staff.signIn.title')}
      </PageHeading>
      <p class="utrecht-paragraph hv-lead">{translator.t('staff.signIn.intro')}</p>
      {hasAccounts === false && (
        <p class="utrecht-paragraph">
          {translator.t('staff.signIn.noAccounts')} <RouteLink to={{ name: 'staffAdd' }}>{translator.t('staff.add.title')}</RouteLink>
        </p>
      )}
      <form
        class="utrecht-form hv-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void signIn(event.currentTarget);
        }}
      >
        <PlainField name="staffId" label={translator.t('staff.field.staffId')} error={errorFor('staffId')} type="text" autoComplete="username" maxLength={50} width="hv-width-medium" />
        <PinField name="pin" label={translator.t('staff.field.pin')} hint={translator.t('staff.field.pinHint')} error={errorFor('pin')} autoComplete="current-password" />
        <div class="hv-actions">
          <Button variant="primary" type="submit" busy={busy}>
            {translator.t('staff.signIn.submit')}
          </Button>
        </div>
        <p class="hv-status" role="status">
          {busy ? translator.t('staff.signIn.checking') : ''}
        </p>
      </form>
    </Page>
  );
}
