import { measureDrafts, type DraftsMeasureOptions, type DraftsMeasurement } from './measureDrafts';

/**
 * Browser entry of the drafts bench: bundled by bench/drafts.bench.ts and loaded as a module
 * script at the app's origin, so it uses that origin's real IndexedDB and WebCrypto.
 */
declare global {
  interface Window {
    hulploketMeasureDrafts?: (options: DraftsMeasureOptions) => Promise<DraftsMeasurement>;
  }
}

window.hulploketMeasureDrafts = measureDrafts;
