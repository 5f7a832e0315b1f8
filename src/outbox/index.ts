/**
 * The outbox (docs/offline.md, guarantees 2 to 5): applications wait on the device until the intake service has them, and go
 * out by themselves. Framework-free; the screens read `Outbox.status`.
 */
export type { NeedsActionReason, OutboxAttachment, OutboxItem, OutboxState } from '../deviceDatabase';
export type { OutboxStore } from './OutboxStore';
export { createOutboxStore } from './createOutboxStore';
export { createOutbox, type Outbox, type OutboxEventTarget, type OutboxOptions, type OutboxStatus } from './createOutbox';
export { createDeviceOutbox, type DeviceOutboxOptions } from './createDeviceOutbox';
export { backoffDelayMs, DEFAULT_BACKOFF_BASE_MS, DEFAULT_BACKOFF_CAP_MS, type BackoffOptions } from './backoff';
export { afterSend, type AfterSend } from './afterSend';
export { isDue, type OutboxTrigger } from './isDue';
export { canChangeAnswers } from './canChangeAnswers';
export { needsCurrentForm } from './needsCurrentForm';
export { OUTBOX_LOCK_NAME, type OutboxLocks } from './withOutboxLock';
export { OUTBOX_CHANNEL_NAME, type OutboxChannel, type OutboxMessage } from './outboxChannel';
export { OUTBOX_SYNC_TAG, requestBackgroundSync } from './backgroundSync';
export { isStuck, STUCK_AFTER_ATTEMPTS } from './isStuck';
export { exportOutboxItem, OUTBOX_EXPORT_FORMAT, type OutboxExportFile } from './exportOutboxItem';
