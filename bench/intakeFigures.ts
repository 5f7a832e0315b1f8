import budgets from './budgets.json';
import type { Budget, Figure, Method } from './Figure';
import type { IntakeBenchResult, IntakeCases, ThroughputFigures } from './intake.bench';

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
  {
    id: 'N3',
    text:
      'As N1, on PostgreSQL (DATABASE_URL, pool of 10 per instance, synchronous_commit=on): a throw-away database ' +
      'with its own owner role, made through POSTGRES_ADMIN_URL as the tests do (.ci/postgres.sh sets it up) and ' +
      'dropped afterwards; first one instance, then two on the same database behind a round-robin reverse proxy on ' +
      'loopback (bench/roundRobinProxy.ts in a process of its own, bodies streamed, per request), autocannon ' +
      'sending to the proxy. Instances, PostgreSQL, proxy and autocannon share this machine\'s cores, so where ' +
      'the cores are the limit a second instance cannot add throughput.',
  },
  {
    id: 'N4',
    text:
      'measureFsyncRate() (bench/fsyncRate.ts), before the services start: 4 KiB written into a 16 MiB file and ' +
      'fdatasync, in a loop for 2 s, in the filesystem of the services\' DATA_DIR (the OS temp dir). Every stored ' +
      'application waits for at least one such flush (SQLite\'s WAL with synchronous=FULL, one writer at a time; ' +
      'PostgreSQL\'s WAL with synchronous_commit=on), so SQLite cannot store more applications per second than ' +
      'this, and PostgreSQL only by group commit (one WAL flush for the commits of several connections waiting ' +
      'at once) and only measured here when its data lives on this same disk. The note gives stored ' +
      'applications per fsync: near 1 (SQLite) the disk is the limit.',
  },
];

const section = 'Intake service';

/** The intake bench's result as rows of the bench table. */
export function intakeFigures(result: IntakeBenchResult): Figure[] {
  const { postgres } = result;
  return [
    ...caseRows('SQLite', result.sqlite, 'N1', {
      throughput: { limit: budgets.intakeSqliteSmallApplicationsPerSecondMin, kind: 'min', key: 'intakeSqliteSmallApplicationsPerSecondMin' },
      p99: { limit: budgets.intakeSqliteSmallApplicationP99Ms, kind: 'max', key: 'intakeSqliteSmallApplicationP99Ms' },
    }),
    ...(postgres.measured
      ? [...caseRows('PostgreSQL ×1', postgres.oneInstance, 'N3'), ...caseRows('PostgreSQL ×2 + proxy', postgres.twoInstances, 'N3')]
      : [{ section, name: `PostgreSQL ×1 and ×2: not measured: ${postgres.reason}`, value: null, display: 'n/a', unit: '', method: 'N3', ...(postgres.detail ? { note: postgres.detail } : {}) }]),
    { section, name: 'fsync rate (4 KiB + fdatasync)', value: result.fsyncsPerSecond, unit: 'fsync/s', method: 'N4', note: perFsyncNote(result) },
    { section, name: 'Peak RSS before 25 MB upload', value: result.upload25Mb.baselinePeakRssMb, unit: 'MB', method: 'N2' },
    { section, name: `Peak RSS after 25 MB upload (status ${result.upload25Mb.status})`, value: result.upload25Mb.peakRssMb, unit: 'MB', method: 'N2' },
    {
      section,
      name: 'Peak RSS growth for the 25 MB upload',
      value: result.upload25Mb.peakRssMb - result.upload25Mb.baselinePeakRssMb,
      unit: 'MB',
      budget: { limit: budgets.intakeUpload25MbRssGrowthMb, kind: 'max', key: 'intakeUpload25MbRssGrowthMb' },
      method: 'N2',
    },
  ];
}

/** @param smallBudgets the budgets of the small application's throughput and p99, where this storage has them. */
function caseRows(storage: string, cases: IntakeCases, method: string, smallBudgets: { readonly throughput?: Budget; readonly p99?: Budget } = {}): Figure[] {
  const rows = (label: string, figures: ThroughputFigures, budget: { readonly throughput?: Budget; readonly p99?: Budget } = {}): Figure[] => [
    { section, name: `${storage}, ${label}: throughput`, value: figures.requestsPerSecond, unit: 'req/s', ...(budget.throughput ? { budget: budget.throughput } : {}), method },
    { section, name: `${storage}, ${label}: latency p50`, value: figures.p50Ms, unit: 'ms', method },
    { section, name: `${storage}, ${label}: latency p99`, value: figures.p99Ms, unit: 'ms', ...(budget.p99 ? { budget: budget.p99 } : {}), method },
    { section, name: `${storage}, ${label}: failed of ${figures.requests}`, value: figures.errors + figures.non2xx, unit: 'count', method, ...failureNote(figures) },
  ];
  return [...rows('small application', cases.smallApplication, smallBudgets), ...rows('5 MB attachment', cases.attachment5Mb)];
}

/** Which statuses the failed answers had (and how many requests got none), so a failure says where to look. */
function failureNote({ errors, non2xxStatuses }: ThroughputFigures): { note?: string } {
  const parts = [...Object.entries(non2xxStatuses).map(([status, count]) => `${count} × ${status}`), ...(errors > 0 ? [`${errors} without an answer`] : [])];
  return parts.length > 0 ? { note: parts.join(', ') } : {};
}

/** Small applications stored per possible fsync, per storage set-up: how close each comes to the disk's limit. */
function perFsyncNote({ sqlite, postgres, fsyncsPerSecond }: IntakeBenchResult): string {
  const ratio = (cases: IntakeCases) => (cases.smallApplication.requestsPerSecond / fsyncsPerSecond).toFixed(2);
  const measured = postgres.measured ? `, PostgreSQL ×1 ${ratio(postgres.oneInstance)}, PostgreSQL ×2 ${ratio(postgres.twoInstances)}` : '';
  return `small applications per fsync: SQLite ${ratio(sqlite)}${measured}`;
}
