import { composeTablet, startTablet } from '../../src/app/composeTablet';

/**
 * The tablet the jsdom tests render the app with, composed and started as `main.tsx` does (one per
 * test file, like one per page).
 */
export const tablet = composeTablet();
startTablet(tablet, window);

export const { appUpdate, autosaver, draftStore, outbox } = tablet;
/** Read-aloud, loaded at once here: the tests watch and stop it. */
export const readAloud = await tablet.readAloud.load();
