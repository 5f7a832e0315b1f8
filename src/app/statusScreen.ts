import { lazyScreen } from './lazyScreen';

// The public status page: loaded only at `/status`, on any device, linked to the service or not.
export const StatusScreen = lazyScreen(() => import('./screens/StatusScreen').then((module) => module.StatusScreen));
