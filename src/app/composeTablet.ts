import { createApplicationOutbox } from '../application';
import { createDeviceDatabase } from '../deviceDatabase';
import { attachPageLifecycle, createAutosaver, createDraftStore } from '../drafts';
import { createHttpIntakeClient, readDeviceToken } from '../intake';
import { keepStaffSessionForVisit } from '../staff';
import { lazily } from './lazily';
import { followHistory } from './router';
import { createAppUpdate } from './serviceWorker/createAppUpdate';
import type { Tablet } from './Tablet';

/**
 * The composition root of the tablet app: the one place that makes the database, the draft store
 * and its autosaver, the outbox, staff sign-in, the intake client, read-aloud and the app update,
 * once per page; `main.tsx` calls it and hands the result to the screens (`TabletContext`). No other
 * module of the page makes any of these or does anything on import (the service worker has its own
 * root, `src/sw/sw.ts`). To replace a part (a municipality's single sign-on for staff sign-in,
 * another intake client), change its line here.
 */
export function composeTablet(): Tablet {
  // Shared by the drafts and the outbox, so a send removes both in one transaction.
  const database = createDeviceDatabase();
  const draftStore = createDraftStore({ database });
  const autosaver = createAutosaver(draftStore);
  return {
    database,
    draftStore,
    autosaver,
    outbox: createApplicationOutbox({ database, draftStore, autosaver }),
    intakeClient: createHttpIntakeClient(readDeviceToken),
    // Staff sign-in: the product's own accounts on the tablet. A municipality with single sign-on
    // loads its own `StaffAccounts` (a `StaffSignIn` that also says who may add whom) here instead.
    staffAccounts: lazily(() => import('./staffAccounts').then(({ createStaffAccounts }) => createStaffAccounts({ database }))),
    readAloud: lazily(() => import('../readAloud').then(({ createReadAloud, browserSpeech }) => createReadAloud(browserSpeech))),
    appUpdate: createAppUpdate({
      async saveAnswers() {
        await autosaver.flush();
        // "Saved before" is not enough: a reload would lose the latest change (or all, in memory only).
        const { kind } = draftStore.status.get();
        return kind !== 'failed' && kind !== 'quotaExceeded' && kind !== 'unavailable';
      },
      reload: () => window.location.reload(),
    }),
  };
}

/**
 * Installs the page's listeners for the tablet: pending answers are written when the page may go
 * (`attachPageLifecycle`), Back and Forward move between steps (`followHistory`), leaving the page
 * silences read-aloud, and a reload stays in staff mode for the tab's session. Returns the function
 * that removes them all.
 */
export function startTablet(tablet: Tablet, page: Window): () => void {
  // Leaving the page (closing, reloading, another site) silences it; speech would otherwise go on.
  const silence = () => tablet.readAloud.loaded()?.stop();
  page.addEventListener('pagehide', silence);
  const stops = [attachPageLifecycle(tablet.autosaver, page), followHistory(page), keepStaffSessionForVisit(sessionStorageOf(page))];
  return () => {
    page.removeEventListener('pagehide', silence);
    for (const stop of stops) stop();
  };
}

/** The tab's `sessionStorage`; reading it throws where storage is blocked (Safari, some policies). */
function sessionStorageOf(page: Window): Storage | undefined {
  try {
    return page.sessionStorage;
  } catch {
    return undefined;
  }
}
