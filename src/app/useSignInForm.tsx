import type { ComponentChildren, JSX, RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Button } from './Button';
import type { SummaryItem, SummaryKind } from './ErrorSummary';

/** What a sign-in came to, as both sign-ins (staff on the tablet, back office at the service) report it. */
export type SignInOutcome = { readonly kind: 'signedIn' } | { readonly kind: 'wrong' } | { readonly kind: 'locked'; readonly minutes: number } | { readonly kind: 'unavailable' };

/** The texts of one sign-in, already in the person's language. */
export interface SignInMessages {
  readonly idRequired: string;
  readonly secretRequired: string;
  readonly wrong: string;
  readonly unavailable: string;
  readonly locked: (minutes: number) => string;
  readonly submit: string;
  readonly checking: string;
}

interface SignInOptions<Outcome extends SignInOutcome> {
  /** The form's two boxes by name: who signs in, and the PIN or password. */
  readonly fields: { readonly id: string; readonly secret: string };
  readonly messages: SignInMessages;
  readonly attempt: (id: string, secret: string) => Promise<Outcome>;
  readonly onSignedIn: (outcome: Extract<Outcome, { kind: 'signedIn' }>) => void;
}

export interface SignInState {
  readonly errors: readonly SummaryItem[];
  readonly errorKind: SummaryKind | undefined;
  readonly errorFor: (field: string) => string | undefined;
  /** For the error summary: it gets focus after every failed try, so a screen reader reads it at once. */
  readonly summaryRef: RefObject<HTMLDivElement>;
  readonly form: (fields: ComponentChildren) => JSX.Element;
}

/**
 * One sign-in with an id and a secret, the same for every account kind: password managers may fill
 * both boxes and pasting works (WCAG 3.3.8: no cognitive test), an empty box and every failure go
 * to the error summary with links to the boxes, nothing typed is cleared by an error, and a wrong
 * id and a wrong secret get one plain message alike, so trying ids reveals nobody's account.
 */
export function useSignInForm<Outcome extends SignInOutcome>({ fields, messages, attempt, onSignedIn }: SignInOptions<Outcome>): SignInState {
  const summaryRef = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useState<{ items: readonly SummaryItem[]; kind?: SummaryKind; attempt: number }>({ items: [], attempt: 0 });
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (errors.attempt > 0) summaryRef.current?.focus();
  }, [errors.attempt]);

  const fail = (items: readonly SummaryItem[], kind: SummaryKind = 'check') => setErrors((previous) => ({ items, kind, attempt: previous.attempt + 1 }));

  const signIn = async (form: HTMLFormElement) => {
    if (busy) return;
    const data = new FormData(form);
    const id = String(data.get(fields.id) ?? '');
    const secret = String(data.get(fields.secret) ?? '');
    const missing: SummaryItem[] = [];
    if (id.trim() === '') missing.push({ field: fields.id, message: messages.idRequired });
    if (secret === '') missing.push({ field: fields.secret, message: messages.secretRequired });
    if (missing.length > 0) return fail(missing);
    setBusy(true);
    const outcome = await attempt(id, secret);
    setBusy(false);
    if (outcome.kind === 'signedIn') onSignedIn(outcome as Extract<Outcome, { kind: 'signedIn' }>);
    else if (outcome.kind === 'locked') fail([{ field: fields.secret, message: messages.locked(outcome.minutes) }]);
    else if (outcome.kind === 'unavailable') fail([{ field: fields.id, message: messages.unavailable }], 'fault');
    else fail([{ field: fields.secret, message: messages.wrong }]);
  };

  return {
    errors: errors.items,
    errorKind: errors.kind,
    errorFor: (field) => errors.items.find((item) => item.field === field)?.message,
    summaryRef,
    form: (boxes) => (
      <form
        class="utrecht-form hv-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void signIn(event.currentTarget);
        }}
      >
        {boxes}
        <div class="hv-actions">
          <Button variant="primary" type="submit" busy={busy}>
            {messages.submit}
          </Button>
        </div>
        <p class="hv-status" role="status">
          {busy ? messages.checking : ''}
        </p>
      </form>
    ),
  };
}
