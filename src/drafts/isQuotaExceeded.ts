/**
 * Whether an error means "the device is full". Chromium and Safari name it QuotaExceededError
 * (legacy code 22); older Firefox versions used NS_ERROR_DOM_QUOTA_REACHED (code 1014). In IndexedDB it
 * can come from the request or, when the commit fails, as the transaction's error.
 */
export function isQuotaExceeded(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}
