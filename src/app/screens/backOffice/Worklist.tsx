import { useEffect, useRef, useState } from 'preact/hooks';
import { useBackOfficeClient, type BackOfficeSession, type ForwardingDetail, type ForwardingList, type ForwardingState } from '../../../backOffice';
import { Page, PageHeading } from '../../Page';
import { useTranslator } from '../../TranslatorContext';
import { ForwardingItem } from './ForwardingItem';
import { StateFilter } from './StateFilter';
import type { SignedOutReason } from './SignedOutReason';
import { Button } from '../../Button';

/** Applications per page of the list. */
const PAGE_SIZE = 25;

type Shown = { kind: 'loading' } | { kind: 'unavailable' } | { kind: 'ok'; list: ForwardingList; details: Readonly<Record<string, ForwardingDetail>> };

/**
 * The worklist: counts per state, the chosen state's applications with their tries, and
 * "Opnieuw proberen" for what needs action. What happens is said in one live status message;
 * after a retry focus goes to the application's heading, as its button is gone then.
 */
export function Worklist({ session, focusHeading, onSignedOut }: { session: BackOfficeSession; focusHeading: boolean; onSignedOut: (reason: SignedOutReason) => void }) {
  const translator = useTranslator();
  const client = useBackOfficeClient();
  const heading = useRef<HTMLHeadingElement>(null);
  const itemHeadings = useRef(new Map<string, HTMLHeadingElement>());
  const [state, setState] = useState<ForwardingState>('needsAction');
  const [offset, setOffset] = useState(0);
  const [shown, setShown] = useState<Shown>({ kind: 'loading' });
  const [status, setStatus] = useState('');
  const [focusItem, setFocusItem] = useState<string>();
  useEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, []);
  useEffect(() => {
    if (focusItem) itemHeadings.current.get(focusItem)?.focus();
  }, [focusItem]);

  /** The page with each application's tries; the counts come fresh with it. */
  const load = async (): Promise<Shown | undefined> => {
    const list = await client.list(state, offset, PAGE_SIZE);
    if (list.kind === 'signedOut') return void onSignedOut('ended');
    if (list.kind === 'unavailable') return { kind: 'unavailable' };
    const details = await Promise.all(list.value.items.map((item) => client.detail(item.reference)));
    const found = details.flatMap((detail) => (detail.kind === 'ok' ? [[detail.value.line.reference, detail.value] as const] : []));
    return { kind: 'ok', list: list.value, details: Object.fromEntries(found) };
  };

  useEffect(() => {
    let cancelled = false;
    setShown({ kind: 'loading' });
    void load().then((next) => {
      if (next && !cancelled) setShown(next);
    });
    return () => {
      cancelled = true;
    };
  }, [state, offset]);

  const retry = async (reference: string) => {
    setStatus(translator.t('backOffice.retry.busy', { reference }));
    const result = await client.retry(reference);
    if (result.kind === 'signedOut') return onSignedOut('ended');
    if (result.kind === 'unavailable' || result.kind === 'notFound') return setStatus(translator.t('backOffice.retry.failed', { reference }));
    // Another person may have retried it first (409): then show it as it stands now.
    const fresh = result.kind === 'ok' ? result : await client.detail(reference);
    const detail = fresh.kind === 'ok' ? fresh.value : undefined;
    // The counts change with it; the line stays where it is, in its new state, until the list is changed.
    const counts = await client.list(state, offset, PAGE_SIZE);
    setShown((previous) => {
      if (previous.kind !== 'ok') return previous;
      return {
        kind: 'ok',
        list: {
          ...previous.list,
          counts: counts.kind === 'ok' ? counts.value.counts : previous.list.counts,
          items: previous.list.items.map((item) => (item.reference === reference && detail ? detail.line : item)),
        },
        details: detail ? { ...previous.details, [reference]: detail } : previous.details,
      };
    });
    setStatus(translator.t(result.kind === 'ok' ? 'backOffice.retry.done' : 'backOffice.retry.notNeeded', { reference }));
    setFocusItem(reference);
  };

  const signOut = async () => {
    await client.signOut();
    onSignedOut('signedOut');
  };

  const list = shown.kind === 'ok' ? shown.list : undefined;
  const total = list ? list.counts[state] : 0;
  return (
    <Page title={translator.t('backOffice.title')} pageKey="backoffice-worklist" headingRef={heading}>
      <PageHeading>
        {translator.t('backOffice.title')}
      </PageHeading>
      <div class="hv-actions">
        <p class="utrecht-paragraph">{translator.t('backOffice.signedInAs', { name: session.name })}</p>
        <Button variant="secondary" onClick={() => void signOut()}>
          {translator.t('backOffice.signOut')}
        </Button>
      </div>
      <p class="hv-status" role="status">
        {shown.kind === 'loading' ? translator.t('backOffice.loading') : shown.kind === 'unavailable' ? translator.t('backOffice.unavailable') : status}
      </p>
      <StateFilter
        state={state}
        counts={list?.counts}
        onChange={(next) => {
          setStatus('');
          setOffset(0);
          setState(next);
        }}
      />
      <h2 class="utrecht-heading-2">{translator.t(`backOffice.listTitle.${state}`)}</h2>
      {list && list.items.length === 0 && <p class="utrecht-paragraph">{translator.t('backOffice.empty')}</p>}
      {list && list.items.length > 0 && (
        <>
          <p class="utrecht-paragraph">{translator.t('backOffice.pageOf', { from: offset + 1, to: offset + list.items.length, total: Math.max(total, offset + list.items.length) })}</p>
          <ul class="hv-worklist" role="list">
            {list.items.map((line) => (
              <li key={line.reference}>
                <ForwardingItem
                  line={line}
                  detail={shown.kind === 'ok' ? shown.details[line.reference] : undefined}
                  headingRef={(element) => {
                    if (element) itemHeadings.current.set(line.reference, element);
                    else itemHeadings.current.delete(line.reference);
                  }}
                  onRetry={(reference) => void retry(reference)}
                />
              </li>
            ))}
          </ul>
          <div class="hv-actions">
            {offset > 0 && (
              <Button variant="secondary" onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
                {translator.t('backOffice.previousPage')}
              </Button>
            )}
            {offset + list.items.length < total && (
              <Button variant="secondary" onClick={() => setOffset(offset + PAGE_SIZE)}>
                {translator.t('backOffice.nextPage')}
              </Button>
            )}
          </div>
        </>
      )}
    </Page>
  );
}
