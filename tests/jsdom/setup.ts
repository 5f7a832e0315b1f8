import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/preact';
import { afterEach, beforeAll } from 'vitest';
import { preloadCatalogue } from '../../src/app/useCatalogue';
import { preloadWizardScreens } from '../../src/app/wizardScreens';
import { openDB } from 'idb';
import { applications } from '../../src/application';
import { autosaver, draftStore, outbox } from './testTablet';
import { resetPreferences } from '../../src/preferences';
import { signedInStaff } from '../../src/staff';

// The tests share two cores with other work: waits end on the DOM change they wait for (a
// MutationObserver), the limit only bounds a real failure, so it is generous.
configure({ asyncUtilTimeout: 5_000 });

// jsdom does no layout, so it has no scrolling; the error summary's links scroll a label into view.
Element.prototype.scrollIntoView = function scrollIntoView() {};

// jsdom has no `CSS.escape`, which user-event uses to find a radio group's other buttons (arrow keys).
globalThis.CSS ??= { escape: (value: string) => value.replace(/[^\w-]/g, (character) => `\\${character}`) } as typeof CSS;

// Load the lazily loaded screens and texts once, so every test renders its page at once.
beforeAll(() => Promise.all([preloadWizardScreens(), preloadCatalogue()]));

afterEach(async () => {
  cleanup();
  await autosaver.cancel();
  await draftStore.wipeAll();
  // Queued applications outlive "Stoppen en wissen" by design; each test starts with an empty outbox.
  const db = await openDB('hulploket');
  await db.clear('outbox');
  db.close();
  await outbox.refresh();
  applications.set({});
  resetPreferences();
  signedInStaff.set(undefined);
  localStorage.clear();
  sessionStorage.clear();
  history.replaceState(null, '', '/');
});
