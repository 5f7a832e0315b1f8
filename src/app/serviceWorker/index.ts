export { registerServiceWorker } from './registerServiceWorker';
export { UpdateBanner } from './UpdateBanner';
