import { lazyScreen } from '../lazyScreen';

/**
 * The page where staff link this tablet (`LinkDevicePage`). Opened once per tablet, so its code
 * loads when it is opened and not with every first screen (`bench/budgets.json`).
 */
export const LinkDeviceScreen = lazyScreen(() => import('./LinkDevicePage').then((module) => module.LinkDevicePage));
