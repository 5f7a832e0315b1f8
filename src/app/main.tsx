import { render } from 'preact';
import { copyDeviceTokenForServiceWorker, keepApplicationsSaved, restoreApplications } from '../application';
import { keepPreferencesForVisit } from '../preferences';
import { App } from './App';
import { composeTablet, startTablet } from './composeTablet';
import { TabletContext } from './TabletContext';
import { currentRoute } from './router';
import { preloadCatalogue } from './useCatalogue';
import { preloadWizardScreens } from './wizardScreens';
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
  // Opened straight on a step (a reload, a resumed draft): fetch the wizard's code and texts while the
  // drafts are read, instead of after.
  if ('permitId' in currentRoute()) void Promise.all([preloadWizardScreens(), preloadCatalogue()]);
  // Bring back what was being filled in before the page was reloaded or closed. The page shows at
  // once: a permit's pages wait for the drafts (`restoringApplications`), the start screen does not.
  void copyDeviceTokenForServiceWorker(tablet);
  void restoreApplications(tablet)
    .catch(() => undefined)
    .then(() => keepApplicationsSaved(tablet));
  render(
    <TabletContext.Provider value={tablet}>
      <App />
    </TabletContext.Provider>,
    root,
  );
}
