import { useEffect, useMemo, useState } from 'preact/hooks';
import { loadBackOfficeTexts, useBackOfficeClient, type BackOfficeSession } from '../../../backOffice';
import { withTexts, type Catalogue } from '../../../i18n';
import { TranslatorContext, useTranslator } from '../../TranslatorContext';
import { BackOfficeSignIn } from './BackOfficeSignIn';
import type { SignedOutReason } from './SignedOutReason';
import { Worklist } from './Worklist';

/**
 * `/beheer`: the worklist "Ontvangen aanvragen" for the municipality's functional administrators,
 * behind their own sign-in (no device link needed). Loaded only here, with its own texts, so a
 * tablet's first screen carries none of it.
 */
export function WorklistScreen() {
  const base = useTranslator();
  const [texts, setTexts] = useState<Catalogue>();
  useEffect(() => {
    let cancelled = false;
    void loadBackOfficeTexts(base.locale).then((loaded) => {
      if (!cancelled) setTexts(loaded);
    });
    return () => {
      cancelled = true;
    };
  }, [base.locale]);
  const translator = useMemo(() => (texts ? withTexts(base, texts) : undefined), [base, texts]);
  if (!translator) return null;
  return (
    <TranslatorContext.Provider value={translator}>
      <BackOffice />
    </TranslatorContext.Provider>
  );
}

function BackOffice() {
  const client = useBackOfficeClient();
  // undefined while asking the service whether a session is open.
  const [session, setSession] = useState<BackOfficeSession | null>();
  const [signedOut, setSignedOut] = useState<SignedOutReason>();
  // Focus moves to the new page's heading when the page changes here, not on the first load (WCAG 2.4.3).
  const [changed, setChanged] = useState(false);
  useEffect(() => void client.session().then((result) => setSession(result.kind === 'ok' ? result.value : null)), [client]);
  if (session === undefined) return null;
  if (session) {
    return (
      <Worklist
        session={session}
        focusHeading={changed}
        onSignedOut={(reason) => {
          setSignedOut(reason);
          setChanged(true);
          setSession(null);
        }}
      />
    );
  }
  return (
    <BackOfficeSignIn
      signedOut={signedOut}
      focusHeading={changed}
      onSignedIn={(next) => {
        setChanged(true);
        setSession(next);
      }}
    />
  );
}
