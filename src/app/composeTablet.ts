import { attachPageLifecycle } from '../drafts';
import { lazyIntakeClient, readDeviceToken } from '../intake';
import { keepStaffSessionForVisit } from '../staff';
import { lazily } from './lazily';
import { lazyDevice } from './lazyDevice';
import { followHistory } from './router';
import { createAppUpdate } from './serviceWorker/createAppUpdate';
import type { Tablet } from './Tablet';

/**
 * The composition root of the tablet app: the one place that makes the database, the draft store
 * and its autosaver, the outbox (these three in `composeDevice`, whose code loads beside the first
 * screen, once `deviceWanted` resolves: right away unless the caller says otherwise), staff
 * sign-in, the intake client, read-aloud and the app update, once per page; `main.tsx` calls it and hands the result to the screens (`TabletContext`). No other
 * module of the page makes any of these or does anything on import (the service worker has its own
 * root, `src/sw/sw.ts`). To replace a part (a municipality's single sign-on for staff sign-in,
 * another intake client), change its line here.
 */
export function composeTablet(deviceWanted: Promise<void> = Promise.resolve()): Tablet {
  // The database, the drafts and the outbox, in a chunk that loads once `deviceWanted` says so.
  const device = lazyDevice(() => deviceWanted.then(() => import('./composeDevice')).then(({ composeDevice }) => composeDevice()));
  const { database, draftStore, autosaver } = device;
  return {
    ...device,
    // Loads with the first send or lookup: the start screen sends nothing.
    intakeClient: lazyIntakeClient(() => import('../intake/httpIntakeClient').then(({ createHttpIntakeClient }) => createHttpIntakeClient(readDeviceToken))),
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
