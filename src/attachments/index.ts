/**
 * Attachments on the tablet: checking a chosen file against its question by its content, and
 * shrinking photos in a worker before they are kept and sent. Framework-free; nothing here renders
 * or stores.
 */
export { prepareFile, JPEG_QUALITY, KEEP_IMAGES_UP_TO_BYTES, MAX_IMAGE_SIDE_PX, type FileProblem, type PrepareOptions, type PrepareResult, type PreparedFile } from './prepareFile';
export { downscaleImage } from './downscaleImage';
export { plainFileName } from './plainFileName';
export { scaleToFit, type ScaleRequest, type ScaledImage } from './scaleImage';
