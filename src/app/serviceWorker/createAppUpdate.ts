import { createStore, type Store } from '../../observable';

/**
 * Where this page stands with a new version of the app:
 * - `current`: no new version is waiting;
 * - `available`: a new version is ready; the page keeps running the old one until the person agrees;
 * - `applying`: the person agreed; the answers are being saved, then the page reloads;
 * - `notSaved`: the person agreed, but the answers could not be saved on the device (full, private
 *   mode), so the page does not reload: that would lose them. It can be tried again.
 */
export type AppUpdateStatus = 'current' | 'available' | 'applying' | 'notSaved';

/** What this needs of workbox-window's `Workbox`; a stand-in in the unit tests. */
export interface ServiceWorkerEvents {
  addEventListener(type: 'waiting' | 'controlling', listener: (event: { readonly isUpdate?: boolean | undefined }) => void): void;
  /** Tells the waiting version to take over (`{ type: 'SKIP_WAITING' }`). */
  messageSkipWaiting(): void;
}

export interface AppUpdateOptions {
  /** Writes every pending answer to the device; resolves `true` when nothing typed would be lost. */
  readonly saveAnswers: () => Promise<boolean>;
  /** Loads the page again, under the new version. */
  readonly reload: () => void;
}

/** A new version of the app, applied only when the person agrees (docs/offline.md, guarantee 6). */
export interface AppUpdate {
  readonly status: Store<AppUpdateStatus>;
  /** Follows the service worker's lifecycle; called once, when it is registered. */
  watch(worker: ServiceWorkerEvents): void;
  /** The person agreed: save the answers first, then let the new version take over and reload. */
  apply(): Promise<void>;
}

/**
 * The update flow, free of the DOM and of Workbox. Nothing here reloads a page by itself: only
 * `apply()` does, after the answers are on the device. Otherwise the new version starts when every
 * tab of the app has been closed (the browser's own rule for a waiting service worker).
 */
export function createAppUpdate({ saveAnswers, reload }: AppUpdateOptions): AppUpdate {
  const status = createStore<AppUpdateStatus>('current');
  let worker: ServiceWorkerEvents | undefined;
  let agreed = false;
  // Another tab of the app applied the new version, which now serves this page too while it still
  // runs the old code: a reload is all that is left to do.
  let takenOver = false;
  const offer = () => {
    if (status.get() === 'current') status.set('available');
  };

  return {
    status,
    watch(events) {
      worker = events;
      events.addEventListener('waiting', offer);
      events.addEventListener('controlling', (event) => {
        if (agreed) return reload();
        // The first version taking control on a first visit is not an update.
        if (!event.isUpdate) return;
        takenOver = true;
        offer();
      });
    },
    async apply() {
      if (status.get() === 'current') return;
      status.set('applying');
      if (!(await saveAnswers().catch(() => false))) {
        status.set('notSaved');
        return;
      }
      agreed = true;
      if (takenOver) reload();
      else worker?.messageSkipWaiting();
    },
  };
}
