import { numberFormat } from '../../validation';

/** Bytes as a person reads them: "312 kB", "2,3 MB" (1 MB = 1024 × 1024 bytes, as the limits are counted), in the language of the BCP 47 `tag`. */
export function formatFileSize(bytes: number, tag: string): string {
  const megabytes = bytes / 1024 / 1024;
  const [value, unit] = megabytes >= 1 ? [megabytes, 'megabyte'] : [Math.max(1, Math.round(bytes / 1024)), 'kilobyte'];
  return numberFormat(tag, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}
