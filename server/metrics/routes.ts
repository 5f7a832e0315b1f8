import type { FastifyInstance } from 'fastify';
import type { IntakeMetrics } from '.';
import { ProblemError } from '../problems/ProblemError';
import { createDeviceVerifier } from '../security/deviceTokens';

/** Where Prometheus scrapes by default (https://prometheus.io/docs/prometheus/latest/configuration/configuration/#scrape_config). */
export const METRICS_PATH = '/metrics';

/**
 * `GET /metrics`: the metrics in Prometheus' text format, for `Authorization: Bearer <METRICS_TOKEN>`
 * only (401 otherwise). Without a metrics token it answers 404, as if there were nothing, so the
 * wizard's page fallback never answers there either. A token of its own, because a scraper is
 * not a tablet: it may not send applications, and a tablet may not read the service's counts.
 */
export function registerMetricsRoute(app: FastifyInstance, metrics: IntakeMetrics, metricsToken: string | undefined): void {
  const verify = metricsToken === undefined ? undefined : createDeviceVerifier([metricsToken]);
  app.get(METRICS_PATH, async (request, reply) => {
    if (!verify) throw new ProblemError('not-found');
    if (!verify(request.headers.authorization)) throw new ProblemError('unauthorized');
    return reply.header('cache-control', 'no-store').type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
}
