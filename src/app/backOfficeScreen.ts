import { lazyScreen } from './lazyScreen';

// The municipality's worklist: loaded only at `/beheer`, never preloaded on a tablet.
export const BackOfficeScreen = lazyScreen(() => import('./screens/backOffice/WorklistScreen').then((module) => module.WorklistScreen));
