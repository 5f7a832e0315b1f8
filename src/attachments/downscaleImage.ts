import type { DownscaleReply } from './downscaleWorker';
import { offscreenSurface, scaleImage, type ScaleRequest, type ScaledImage, type Surface } from './scaleImage';

/**
 * Shrinks and re-encodes an image in a Web Worker with `OffscreenCanvas` where the browser has both
 * (Chromium, Firefox, Safari 16.4+), so the page stays responsive; elsewhere, or when the worker
 * fails, on the page itself. Rejects when the bytes are not an image the browser can decode.
 */
export async function downscaleImage(request: ScaleRequest): Promise<ScaledImage> {
  if (typeof Worker !== 'undefined' && typeof OffscreenCanvas !== 'undefined') {
    const image = await inWorker(request).catch(() => undefined);
    if (image) return image;
  }
  return scaleImage(request, typeof OffscreenCanvas !== 'undefined' ? offscreenSurface : pageCanvasSurface);
}

function inWorker(request: ScaleRequest): Promise<ScaledImage | undefined> {
  // Vite bundles the worker as its own file (and the service worker precaches it for offline use).
  const worker = new Worker(new URL('./downscaleWorker.ts', import.meta.url), { type: 'module' });
  return new Promise<ScaledImage | undefined>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<DownscaleReply>) => resolve(event.data.ok ? event.data.image : undefined);
    worker.onerror = () => reject(new Error('The downscale worker failed'));
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}

/** A surface on a page `<canvas>`, for browsers without `OffscreenCanvas`. */
function pageCanvasSurface(width: number, height: number): Surface {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D context on a canvas');
  return {
    context,
    encode: (type, quality) =>
      new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('Could not encode the image'))), type, quality)),
  };
}
