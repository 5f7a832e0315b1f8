import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { PrivacyGuard } from './wizardScreens';

/**
 * The privacy screen of a shared tablet around the page. While covered the page stays as it
 * was, with every answer, but `hidden`: not shown, not reachable by keyboard or screen reader.
 * `guarded` is false on pages without anything personal (the start page); the clock, warning and
 * cover (`PrivacyGuard`) load with the wizard's code, so the first screen does not carry them.
 */
export function PrivacyCover({ guarded, children }: { guarded: boolean; children: ComponentChildren }) {
  const [covered, setCovered] = useState(false);
  return (
    <>
      <div hidden={covered}>{children}</div>
      {guarded && <PrivacyGuard covered={covered} onCovered={setCovered} />}
    </>
  );
}
