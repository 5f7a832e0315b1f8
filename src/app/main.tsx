import { render } from 'preact';
import { copyDeviceTokenForServiceWorker, keepApplicationsSaved, restoreApplications } from '../application';
import { keepPreferencesForVisit } from '../preferences';
import { App } from './App';
import { composeTablet, startTablet } from './composeTablet';
import { TabletContext } from './TabletContext';
import { currentRoute } from './router';
import { preloadCatalogue } from './useCatalogue';
import { preloadStepScreens, preloadWizardScreens } from './wizardScreens';
import { whenIdle } from './whenIdle';
import { registerServiceWorker } from './serviceWorker';
import './styles/index.css';

const tablet = composeTablet();
startTablet(tablet, window);

// Only the built app has a service worker (`npm run build` makes dist/app/sw.js).
if (import.meta.env.PROD) void registerServiceWorker(tablet.appUpdate);

const root = document.getElementById('app');
if (root) {
  // A reload during the visit keeps its language, text size and contrast (the tab's session only).
  keepPreferencesForVisit(sessionStorage);
  // Opened straight on a step (a reload, a resumed draft): fetch the step's code and texts while the
  // drafts are read, instead of after, and the rest of the wizard only once the step shows.
  const stepCode = 'permitId' in currentRoute() ? Promise.all([preloadStepScreens(), preloadCatalogue()]) : undefined;
  // Bring back what was being filled in before the page was reloaded or closed. The page shows at
  // once: a permit's pages wait for the drafts (`restoringApplications`), the start screen does not.
  void copyDeviceTokenForServiceWorker(tablet);
  const restored = restoreApplications(tablet).catch(() => undefined);
  void restored.then(() => keepApplicationsSaved(tablet));
  if (stepCode) void Promise.all([stepCode, restored]).then(() => whenIdle(() => void preloadWizardScreens()));
  render(
    <TabletContext.Provider value={tablet}>
      <App />
    </TabletContext.Provider>,
    root,
  );
}
