import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { ProblemType } from '../problems/problemTypes';
import type { ForwardingState } from '../forwarding/ForwardingStore';
import type { PoolStats } from './PoolStats';
import type { StoreErrorKind } from './storeErrorKind';

/** Whether an accepted application was stored now or answered from an earlier request with the same Idempotency-Key. */
export type ReceivedKind = 'new' | 'repeat';

/**
 * What the intake service counts, and the registry `/metrics` reads. Every label is a small,
 * known set (form ids of the registry, problem types, route patterns, statuses): never a
 * reference, a device token or id, an address or an answer, since metrics are kept and shown
 * far from where applications are protected.
 */
export interface IntakeMetrics {
  /** Our own registry, not prom-client's global one, so two services in one process keep their counts apart. */
  readonly registry: Registry;
  /** An application was accepted (201 `new`, 200 `repeat`); `formId` must be a form the service accepts. */
  applicationReceived(formId: string, kind: ReceivedKind): void;
  /** A request to send an application was refused with this problem and status. */
  applicationRefused(problem: ProblemType, status: number): void;
  /**
   * A request was answered. `route` is the route pattern (`/api/v1/applications/:reference`),
   * never the URL, which holds references; `milliseconds` as Fastify's `reply.elapsedTime`.
   */
  requestAnswered(route: string, method: string, status: number, milliseconds: number): void;
  /** The store said "try again later" (a 503 to the client). */
  storeFailed(kind: StoreErrorKind): void;
}

export interface IntakeMetricsOptions {
  /**
   * Also Node's own metrics (`process_*`, `nodejs_*`: memory, CPU, event loop delay, GC). Off by
   * default because they start observers that run for the life of the process; on when
   * `/metrics` is served.
   */
  readonly nodeMetrics?: boolean;
  /** The database pool to report as gauges when scraped; none for SQLite. */
  readonly storePool?: () => PoolStats;
  /**
   * How many applications are in each forwarding state now, when they are forwarded to the case
   * system: read at each scrape, so an alert sees "needs action" grow without anyone opening the worklist.
   */
  readonly forwardingCounts?: () => Promise<Readonly<Record<ForwardingState, number>>>;
}

const STORE_ERROR_KINDS: readonly StoreErrorKind[] = ['unavailable', 'busy', 'disk-full', 'other'];

/**
 * Seconds. Prometheus' defaults go up to 10 s; an upload of 25 MB from a tablet on a slow network
 * can take up to the request timeout (60 s by default), so the buckets go that far.
 */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

/** The service's metrics on a registry of their own; the one place metric names and labels are written. */
export function createIntakeMetrics(options: IntakeMetricsOptions = {}): IntakeMetrics {
  const registry = new Registry();
  const registers = [registry];
  const received = new Counter({
    name: 'intake_applications_received_total',
    help: 'Applications accepted, by form id and whether they were new or a repeat of an Idempotency-Key.',
    labelNames: ['form', 'kind'] as const,
    registers,
  });
  const refused = new Counter({
    name: 'intake_applications_refused_total',
    help: 'Requests to send an application that were refused, by problem type (urn:hulploket:problem:<problem>) and HTTP status.',
    labelNames: ['problem', 'status'] as const,
    registers,
  });
  const latency = new Histogram({
    name: 'intake_http_request_duration_seconds',
    help: 'Time from receiving a request to the end of its answer, by route pattern, method and status class.',
    labelNames: ['route', 'method', 'status_class'] as const,
    buckets: LATENCY_BUCKETS,
    registers,
  });
  const storeErrors = new Counter({
    name: 'intake_store_errors_total',
    help: 'Times the store could not take or give data now (answered 503), by kind: unavailable, busy, disk-full, other.',
    labelNames: ['kind'] as const,
    registers,
  });
  // Every kind from zero, so rate() and alerts work before the first failure.
  for (const kind of STORE_ERROR_KINDS) storeErrors.labels({ kind }).inc(0);

  const { storePool } = options;
  if (storePool) {
    const poolGauge = (name: string, help: string, read: (stats: PoolStats) => number) =>
      new Gauge({
        name,
        help,
        registers,
        collect() {
          this.set(read(storePool()));
        },
      });
    poolGauge('intake_store_pool_connections', 'Database connections open in the pool, idle or in use.', (stats) => stats.total);
    poolGauge('intake_store_pool_idle_connections', 'Open database connections no query is using.', (stats) => stats.idle);
    poolGauge('intake_store_pool_waiting_requests', 'Queries waiting for a database connection because all are in use.', (stats) => stats.waiting);
  }
  const { forwardingCounts } = options;
  if (forwardingCounts) {
    new Gauge({
      name: 'intake_forwarding_applications',
      help: 'Applications by state on their way into the case system: waiting, registering, registered, needsAction.',
      labelNames: ['state'] as const,
      registers,
      async collect() {
        for (const [state, count] of Object.entries(await forwardingCounts())) this.labels({ state }).set(count);
      },
    });
  }
  if (options.nodeMetrics) collectDefaultMetrics({ register: registry });

  return {
    registry,
    applicationReceived: (formId, kind) => received.labels({ form: formId, kind }).inc(),
    applicationRefused: (problem, status) => refused.labels({ problem, status: String(status) }).inc(),
    requestAnswered: (route, method, status, milliseconds) =>
      latency.labels({ route, method, status_class: `${Math.floor(status / 100)}xx` }).observe(milliseconds / 1000),
    storeFailed: (kind) => storeErrors.labels({ kind }).inc(),
  };
}
