import { offscreenSurface, scaleImage, type ScaleRequest, type ScaledImage } from './scaleImage';

/** The worker's answer: the image, or that this worker could not make it (the page then tries). */
export type DownscaleReply = { readonly ok: true; readonly image: ScaledImage } | { readonly ok: false };

/**
 * Shrinks photos off the page's thread, so decoding a 12-megapixel photo does not freeze the
 * wizard on a cheap tablet (the bench measures the page's longest frame gap while it runs).
 */
const scope = self as unknown as { onmessage: ((event: MessageEvent<ScaleRequest>) => void) | null; postMessage(reply: DownscaleReply): void };

scope.onmessage = (event) => {
  scaleImage(event.data, offscreenSurface).then(
    (image) => scope.postMessage({ ok: true, image }),
    () => scope.postMessage({ ok: false }),
  );
};
