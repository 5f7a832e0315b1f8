import { useEffect, useRef, useState } from 'preact/hooks';
import { readDeviceToken } from '../../intake';
import { signedInStaff, type StaffMember } from '../../staff';
import { ErrorSummary, type SummaryItem, type SummaryKind } from '../ErrorSummary';
import { Page, PageHeading } from '../Page';
import { PinField, PlainField } from '../PlainField';
import { RouteLink } from '../RouteLink';
import { useTablet } from '../TabletContext';
import { useStore } from '../useStore';
import { useTranslator } from '../TranslatorContext';
import { Button } from '../Button';

/**
 * Adding an employee who may sign in on this tablet. Who may: on a tablet without accounts, anyone
 * at a tablet linked to the intake service (linking needs the link that only whoever runs the
 * service has); after that, only a signed-in employee. The PIN is hashed on the tablet at once.
 */
export function StaffAddScreen() {
  const translator = useTranslator();
  const { staffAccounts } = useTablet();
  const signedIn = useStore(signedInStaff);
  const summary = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useState<{ items: readonly SummaryItem[]; kind?: SummaryKind; attempt: number }>({ items: [], attempt: 0 });
  const [busy, setBusy] = useState(false);
  const [added, setAdded] = useState<StaffMember>();
  const [hasAccounts, setHasAccounts] = useState<boolean>();
  const pageTitle = translator.t(added ? 'staff.add.doneTitle' : 'staff.add.title');
  useEffect(() => void staffAccounts.load().then((accounts) => accounts.hasAccounts()).then(setHasAccounts), [added]);
  useEffect(() => {
    if (errors.attempt > 0) summary.current?.focus();
  }, [errors.attempt]);

  const allowed = signedIn !== undefined || (hasAccounts === false && readDeviceToken() !== undefined);
  const fail = (items: readonly SummaryItem[], kind: SummaryKind = 'check') => setErrors((previous) => ({ items, kind, attempt: previous.attempt + 1 }));

  const add = async (element: HTMLFormElement) => {
    if (busy) return;
    const data = new FormData(element);
    const text = (name: string) => String(data.get(name) ?? '');
    setBusy(true);
    const result = await (await staffAccounts.load()).add({ staffId: text('staffId'), name: text('staffName'), pin: text('newPin'), pinAgain: text('newPinAgain') }, signedIn);
    setBusy(false);
    if (result.kind === 'added') {
      element.reset();
      setErrors({ items: [], attempt: 0 });
      setAdded(result.member);
    } else if (result.kind === 'invalid') {
      fail(result.problems.map(({ field, code }) => ({ field: fieldName(field), message: translator.t(`staff.error.${code}`) })));
    } else fail([{ field: 'staffId', message: translator.t(`staff.add.${result.kind}`) }], result.kind === 'unavailable' ? 'fault' : 'check');
  };

  const errorFor = (field: string) => errors.items.find((item) => item.field === field)?.message;
  return (
    <Page title={pageTitle} hasErrors={errors.items.length > 0} pageKey={added ? `staff-added-${added.staffId}` : 'staff-add'} back={{ name: signedIn ? 'start' : 'staffSignIn' }}>
      <ErrorSummary items={errors.items} summaryRef={summary} kind={errors.kind} />
      <PageHeading>
        {pageTitle}
      </PageHeading>
      {added && (
        <p class="utrecht-paragraph hv-lead">
          {translator.t('staff.add.added', { name: added.name })}{' '}
          {!signedIn && <RouteLink to={{ name: 'staffSignIn' }}>{translator.t('staff.signIn.title')}</RouteLink>}
        </p>
      )}
      {!added && hasAccounts !== undefined && !allowed && (
        <p class="utrecht-paragraph hv-lead">{translator.t(hasAccounts ? 'staff.add.signInFirst' : 'staff.add.linkFirst')}</p>
      )}
      {allowed && (
        <>
          <p class="utrecht-paragraph">{translator.t('staff.add.intro')}</p>
          <form
            class="utrecht-form hv-form"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void add(event.currentTarget);
            }}
          >
            <PlainField name="staffId" label={translator.t('staff.field.staffId')} hint={translator.t('staff.field.staffIdHint')} error={errorFor('staffId')} type="text" autoComplete="off" maxLength={50} width="hv-width-medium" />
            <PlainField name="staffName" label={translator.t('staff.field.name')} hint={translator.t('staff.field.nameHint')} error={errorFor('staffName')} type="text" autoComplete="off" maxLength={100} width="hv-width-full" />
            <PinField name="newPin" label={translator.t('staff.field.newPin')} hint={translator.t('staff.field.pinHint')} error={errorFor('newPin')} autoComplete="new-password" />
            <PinField name="newPinAgain" label={translator.t('staff.field.pinAgain')} error={errorFor('newPinAgain')} autoComplete="new-password" />
            <div class="hv-actions">
              <Button variant="primary" type="submit" busy={busy}>
                {translator.t('staff.add.submit')}
              </Button>
            </div>
            <p class="hv-status" role="status">
              {busy ? translator.t('staff.add.saving') : ''}
            </p>
          </form>
        </>
      )}
    </Page>
  );
}

/** The form's field for a field of `checkNewStaff`. */
function fieldName(field: string): string {
  return ({ name: 'staffName', pin: 'newPin', pinAgain: 'newPinAgain' } as Record<string, string>)[field] ?? field;
}
