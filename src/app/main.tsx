import { render } from 'preact';
import { restoringApplications } from '../application';
import { keepPreferencesForVisit } from '../preferences';
import { App } from './App';
import { composeTablet, startTablet } from './composeTablet';
import { TabletContext } from './TabletContext';
import { currentRoute } from './router';
import { preloadCatalogue } from './useCatalogue';
import { ConsentScreen, preloadStepScreens, preloadWizardScreens } from './wizardScreens';
import { whenIdle } from './whenIdle';
import { afterFirstPaint } from './afterFirstPaint';
import { registerServiceWorker } from './serviceWorker';
import { todayIso } from '../wizard';
import './styles/index.css';

// A permit's pages need the drafts before they show, other pages the device soon; the start screen
// paints first, and only then does the browser fetch and run the device's code (IndexedDB, drafts,
// outbox), so that work is neither in its first frame nor competing with it for the network.
const route = currentRoute();
const onPermitPage = 'permitId' in route;
const deviceWanted = route.name === 'start' ? afterFirstPaint() : Promise.resolve();
const tablet = composeTablet(deviceWanted);
startTablet(tablet, window);

// Opened straight on a permit's page (a reload, a resumed draft, a link): fetch the step's code and
// texts while the drafts are read, instead of after, with the consent screen for a visitor who has
// not said yes yet; the rest of the wizard only once the page shows.
const pageCode = onPermitPage ? Promise.all([preloadStepScreens(), ConsentScreen.preload(), preloadCatalogue()]) : Promise.resolve();
// The step's first render asks for today's date, and the page's first date formatter loads the
// browser's date data (60–140 ms at 4x CPU in Chromium, more than the whole render): that is done
// while the step's code is still being fetched, not after it.
if (onPermitPage) setTimeout(() => todayIso(), 0);
// Bring back what was being filled in before the page was reloaded or closed, with the device's
// code (`keepApplicationsOnDevice`). The page shows at once: a permit's pages wait for the drafts
// from the first paint on (`restoringApplications`), the start screen does not.
restoringApplications.set(true);
const restored = deviceWanted
  .then(() => import('./composeDevice'))
  .then(({ keepApplicationsOnDevice }) => keepApplicationsOnDevice(tablet))
  .catch(() => restoringApplications.set(false));
const pageReady = Promise.all([pageCode, onPermitPage ? restored : deviceWanted]).catch(() => undefined);
if (onPermitPage) void pageReady.then(() => whenIdle(() => void preloadWizardScreens()));

// Only the built app has a service worker (`npm run build` makes dist/app/sw.js). Registered once
// the page has what it opened on and is idle: installing it downloads the whole app for offline
// use, which must not compete with the files this page needs first.
if (import.meta.env.PROD) void pageReady.then(() => whenIdle(() => void registerServiceWorker(tablet.appUpdate)));

const root = document.getElementById('app');
if (root) {
  // A reload during the visit keeps its language, text size and contrast (the tab's session only).
  keepPreferencesForVisit(sessionStorage);
  render(
    <TabletContext.Provider value={tablet}>
      <App />
    </TabletContext.Provider>,
    root,
  );
}
