export { createIntakeMetrics, type IntakeMetrics, type IntakeMetricsOptions, type ReceivedKind } from './createIntakeMetrics';
export type { PoolStats } from './PoolStats';
export { storeErrorKind, type StoreErrorKind } from './storeErrorKind';
