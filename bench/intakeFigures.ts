import type { Figure, Method } from './Figure';
import type { IntakeBenchResult } from './intake.bench';

export const intakeMethods: readonly Method[] = [
  {
    id: 'N1',
    text:
      'runIntakeBench() (bench/intake.bench.ts): the built service as its own child process on loopback with a ' +
      'temporary DATA_DIR (SQLite, WAL, full sync), rate limit out of the way; autocannon POSTs ' +
      '/api/v1/applications for 10 s, a new Idempotency-Key each (so every request stores an application): the ' +
      'parking-card example from the OpenAPI document over 10 connections, and a form with a 5 MB PDF over 4. ' +
      'req/s is the mean per second, latencies autocannon\'s p50/p99.',
  },
  {
    id: 'N2',
    text:
      'Peak resident memory (VmHWM from /proc) of a fresh service process after one small warm-up application, ' +
      'and after it also received one 25 MB upload (streamed to disk, so the growth should stay small).',
  },
];

/** The intake bench's result as rows of the bench table (issue 8, part 4). */
export function intakeFigures(result: IntakeBenchResult): Figure[] {
  const section = 'Intake service';
  const rows = (label: string, figures: IntakeBenchResult['smallApplication']): Figure[] => [
    { section, name: `${label}: throughput`, value: figures.requestsPerSecond, unit: 'req/s', method: 'N1' },
    { section, name: `${label}: latency p50`, value: figures.p50Ms, unit: 'ms', method: 'N1' },
    { section, name: `${label}: latency p99`, value: figures.p99Ms, unit: 'ms', method: 'N1' },
    { section, name: `${label}: failed of ${figures.requests}`, value: figures.errors + figures.non2xx, unit: 'count', method: 'N1' },
  ];
  return [
    ...rows('Small application', result.smallApplication),
    ...rows('5 MB attachment', result.attachment5Mb),
    { section, name: 'Peak RSS before 25 MB upload', value: result.upload25Mb.baselinePeakRssMb, unit: 'MB', method: 'N2' },
    { section, name: `Peak RSS after 25 MB upload (status ${result.upload25Mb.status})`, value: result.upload25Mb.peakRssMb, unit: 'MB', method: 'N2' },
  ];
}
