/** What to make of an image: its longest side at most `maxSide` pixels, encoded as `type`. */
export interface ScaleRequest {
  readonly blob: Blob;
  /** Pixels. */
  readonly maxSide: number;
  readonly type: 'image/jpeg' | 'image/png';
  /** 0–1, for JPEG only. */
  readonly quality: number;
}

export interface ScaledImage {
  readonly blob: Blob;
  /** Pixels of the result. */
  readonly width: number;
  readonly height: number;
  /** Pixels of the image as it came in (after turning it upright). */
  readonly sourceWidth: number;
  readonly sourceHeight: number;
}

/** A canvas to draw on and encode from: an `OffscreenCanvas`, or a page's `<canvas>` where there is none. */
export interface Surface {
  readonly context: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;
  encode(type: string, quality: number): Promise<Blob>;
}

/** Width and height that fit `maxSide` with the same proportions; an image that fits already keeps its size. */
export function scaleToFit(width: number, height: number, maxSide: number): { width: number; height: number } {
  const factor = Math.min(1, maxSide / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * factor)), height: Math.max(1, Math.round(height * factor)) };
}

/**
 * Decodes, shrinks and re-encodes an image. Runs in the downscale worker, or on the page where a
 * worker cannot draw. Decoding with `imageOrientation: 'from-image'` turns a photo upright as the
 * camera's EXIF tag says; re-encoding drops all metadata, including the place it was taken.
 * Rejects when the bytes are not an image the browser can decode.
 */
export async function scaleImage(request: ScaleRequest, makeSurface: (width: number, height: number) => Surface): Promise<ScaledImage> {
  const bitmap = await createImageBitmap(request.blob, { imageOrientation: 'from-image' });
  try {
    const size = scaleToFit(bitmap.width, bitmap.height, request.maxSide);
    const surface = makeSurface(size.width, size.height);
    const { context } = surface;
    if (request.type === 'image/jpeg') {
      // JPEG has no transparency: a transparent PNG would turn black without a white page under it.
      context.fillStyle = '#fff';
      context.fillRect(0, 0, size.width, size.height);
    }
    context.imageSmoothingEnabled = true;
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, size.width, size.height);
    const blob = await surface.encode(request.type, request.quality);
    return { blob, ...size, sourceWidth: bitmap.width, sourceHeight: bitmap.height };
  } finally {
    bitmap.close();
  }
}

/** A surface on an `OffscreenCanvas` (in a worker or on the page). */
export function offscreenSurface(width: number, height: number): Surface {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D context on an OffscreenCanvas');
  return { context, encode: (type, quality) => canvas.convertToBlob({ type, quality }) };
}
