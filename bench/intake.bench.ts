import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { findDefinition, permits } from '../src/definitions';
import type { Answers, PermitDefinition } from '../src/wizard';
import { exampleFileAnswers, exampleFileBytes } from '../tests/fixtures/exampleFiles';
import { readConfig } from '../server/config';
import { openapiDocument } from '../server/contract/openapiDocument';
import { startService, stopOnSignals } from '../server/startService';
import { createBenchDatabase, isBenchDatabase } from './benchDatabase';
import { intakeFigures, intakeMethods } from './intakeFigures';
import { formatTable } from './printTable';
import { measureFsyncRate } from './fsyncRate';
import { startRoundRobinProxy } from './roundRobinProxy';

/** One autocannon run: sustained requests per second and latency percentiles (ms). */
export interface ThroughputFigures {
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly requests: number;
  readonly errors: number;
  readonly non2xx: number;
  /** How many answers of each status other than 2xx came back, e.g. `{ "503": 1 }`: what to look for in the service. */
  readonly non2xxStatuses: Readonly<Record<string, number>>;
}

/** The two autocannon cases against one storage set-up. */
export interface IntakeCases {
  readonly smallApplication: ThroughputFigures;
  readonly attachment5Mb: ThroughputFigures;
}

/** The same cases on PostgreSQL, or why they were not measured. */
export type PostgresIntakeResult =
  | {
      readonly measured: true;
      /** `host:port/database` of the throw-away database. */
      readonly database: string;
      /** `DATABASE_POOL_SIZE` of each instance. */
      readonly poolSize: number;
      readonly oneInstance: IntakeCases;
      /** Two instances on the same database behind a round-robin proxy on loopback. */
      readonly twoInstances: IntakeCases;
    }
  | { readonly measured: false; readonly reason: string; readonly detail?: string };

export interface IntakeBenchResult {
  readonly measuredAt: string;
  readonly node: string;
  /** One instance on SQLite in its DATA_DIR. */
  readonly sqlite: IntakeCases;
  readonly postgres: PostgresIntakeResult;
  /** 4 KiB writes with fdatasync per second in the services' DATA_DIR filesystem: the ceiling of durable commits. */
  readonly fsyncsPerSecond: number;
  /** Peak resident memory (VmHWM, MB) of a fresh service before and after one 25 MB upload. */
  readonly upload25Mb: { readonly baselinePeakRssMb: number; readonly peakRssMb: number; readonly status: number };
}

export interface IntakeBenchOptions {
  /** Seconds per throughput run; default 10. */
  readonly durationSeconds?: number;
  /** Concurrent connections per run; default 10 (small) and 4 (5 MB). */
  readonly connections?: number;
  /** Where the JSON result goes; default `bench/results/intake.json`; `false` to skip. */
  readonly resultFile?: string | false;
  /** Whether to print its own table; default true (`npm run bench` prints one table of its own). */
  readonly print?: boolean;
}

const TOKEN = 'bench-device-token-0123456789abcdefghij';
const MB = 1024 * 1024;

/**
 * A form with one PDF question, for the benchmark only: the real permits have no file questions
 * yet. It is registered only in the benchmark's own service process, never in `main.ts`.
 */
const benchPermit = {
  id: 'bench-bijlage',
  version: 1,
  decisionTerm: { weeks: 8, silenceIsConsent: false },
  steps: [{ id: 'document', questions: [{ id: 'document', type: 'file', accept: ['pdf'], maxBytes: 64 * MB }] }],
} as const satisfies PermitDefinition;

/**
 * Measures the intake service as built (`npm run build`, then `node dist/server/intake.bench.js`):
 * the fsync rate of the disk the services write to; throughput and latency of `POST /applications`
 * with a small application and with a 5 MB attachment (a new Idempotency-Key per request, so every
 * request stores an application) on SQLite, on PostgreSQL with one instance and with two behind a
 * round-robin proxy (when `POSTGRES_ADMIN_URL` reaches a server); and the peak memory of the
 * service while it receives a 25 MB upload. Every service is a child process on loopback with a
 * temporary `DATA_DIR` and a rate limit raised out of the way.
 */
export async function runIntakeBench(options: IntakeBenchOptions = {}): Promise<IntakeBenchResult> {
  // First, on a quiet machine: the services' DATA_DIRs are made in tmpdir() (spawnService).
  const fsyncsPerSecond = measureFsyncRate(tmpdir());
  const pdf = pdfOfSize(5 * MB);
  const bodies: CaseBodies = { small: await exampleSubmissionBody(), attachment: await submissionBody(benchApplication(pdf.length), [pdfPart(pdf)]) };
  const run = (url: string) => measureCases(url, bodies, options);

  const sqlite = await withCleanup(async (keep) => run(await keep(spawnService(FAST_SERVICE))));
  const postgres = await measurePostgres(run);

  // A fresh process, so its peak memory says what one large upload costs.
  const large = await spawnService({ MAX_FILE_BYTES: String(25 * MB), MAX_REQUEST_BYTES: String(26 * MB) });
  let upload25Mb: IntakeBenchResult['upload25Mb'];
  try {
    await post(large.url, bodies.small);
    const baselinePeakRssMb = peakRssMb(large.pid);
    const pdf = pdfOfSize(25 * MB);
    const status = await post(large.url, await submissionBody(benchApplication(pdf.length), [pdfPart(pdf)]));
    upload25Mb = { baselinePeakRssMb, peakRssMb: peakRssMb(large.pid), status };
  } finally {
    await large.stop();
  }

  const result: IntakeBenchResult = { measuredAt: new Date().toISOString(), node: process.version, sqlite, postgres, fsyncsPerSecond, upload25Mb };
  if (options.print !== false) printTable(result);
  if (options.resultFile !== false) {
    const file = options.resultFile ?? path.resolve('bench/results/intake.json');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`\nResultaat / result: ${file}`);
  }
  return result;
}

/** The rate limit far above what autocannon sends: the bench measures storage, not the limiter. */
const FAST_SERVICE = { RATE_LIMIT_PER_MINUTE: '1000000' } as const;
/** The service's default pool size, set here so the result can say which it was. */
const POOL_SIZE = 10;

interface CaseBodies {
  readonly small: RequestBody;
  readonly attachment: RequestBody;
}

/** Both autocannon cases against the service (or proxy) at `url`, one after the other. */
async function measureCases(url: string, bodies: CaseBodies, options: IntakeBenchOptions): Promise<IntakeCases> {
  const duration = options.durationSeconds ?? 10;
  return {
    smallApplication: await measure(url, bodies.small, duration, options.connections ?? 10),
    attachment5Mb: await measure(url, bodies.attachment, duration, options.connections ?? 4),
  };
}

/**
 * The cases on a throw-away PostgreSQL database (see createBenchDatabase): one instance, then two
 * on the same database behind the round-robin proxy, in a child process of its own so it does not
 * share autocannon's thread. Never throws: a run that breaks off says why instead of figures, so
 * the SQLite figures of the same run are still printed.
 */
async function measurePostgres(run: (url: string) => Promise<IntakeCases>): Promise<PostgresIntakeResult> {
  const database = await createBenchDatabase(process.env.POSTGRES_ADMIN_URL);
  if (!isBenchDatabase(database)) return { measured: false, ...database };
  const env = { ...FAST_SERVICE, DATABASE_URL: database.url, DATABASE_POOL_SIZE: String(POOL_SIZE) };
  try {
    const oneInstance = await withCleanup(async (keep) => run(await keep(spawnService(env))));
    const twoInstances = await withCleanup(async (keep) => {
      const instances = [await keep(spawnService(env)), await keep(spawnService(env))];
      return run(await keep(spawnProxy(instances)));
    });
    return { measured: true, database: database.where, poolSize: POOL_SIZE, oneInstance, twoInstances };
  } catch (error) {
    return { measured: false, reason: `the PostgreSQL run at ${database.where} broke off`, detail: error instanceof Error ? error.message : String(error) };
  } finally {
    // Said, not thrown: the figures are made; only the clean-up is left to do by hand.
    await database.drop().catch((error: unknown) => console.error(`The bench database ${database.where} could not be dropped: ${error instanceof Error ? error.message : String(error)}`));
  }
}

/** Waits for a child process to listen and gives its URL; `withCleanup` stops it afterwards. */
type Keep = (child: Promise<ServiceProcess>) => Promise<string>;

/** Runs `work`, then stops the processes it kept, last started first, also when it fails. */
async function withCleanup<T>(work: (keep: Keep) => Promise<T>): Promise<T> {
  const running: ServiceProcess[] = [];
  try {
    return await work(async (child) => {
      const started = await child;
      running.push(started);
      return started.url;
    });
  } finally {
    for (const started of running.reverse()) await started.stop();
  }
}

async function measure(url: string, body: RequestBody, duration: number, connections: number): Promise<ThroughputFigures> {
  const result = await autocannon({
    url,
    connections,
    duration,
    timeout: 60,
    requests: [
      {
        method: 'POST',
        path: '/api/v1/applications',
        headers: { authorization: `Bearer ${TOKEN}`, 'content-type': body.contentType },
        body: Buffer.from(body.body.buffer, body.body.byteOffset, body.body.byteLength),
        // Every request a new application, as at a busy desk; a repeated key would be answered from the record.
        setupRequest: (request) => ({ ...request, headers: { ...request.headers, 'idempotency-key': randomUUID() } }),
      },
    ],
  });
  return {
    requestsPerSecond: Math.round(result.requests.average * 10) / 10,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: Object.values(result.statusCodeStats).reduce((sum, { count }) => sum + Number(count), 0),
    errors: result.errors,
    non2xx: result.non2xx,
    non2xxStatuses: Object.fromEntries(
      Object.entries(result.statusCodeStats)
        .filter(([status]) => !status.startsWith('2'))
        .map(([status, { count }]) => [status, Number(count)]),
    ),
  };
}

async function post(url: string, body: RequestBody): Promise<number> {
  const response = await fetch(`${url}/api/v1/applications`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'idempotency-key': randomUUID(), 'content-type': body.contentType },
    body: body.body,
  });
  await response.arrayBuffer();
  return response.status;
}

/** A request body as autocannon and fetch send it. */
interface RequestBody {
  readonly body: Uint8Array<ArrayBuffer>;
  readonly contentType: string;
}

/** A file part of a multipart body: the question it answers, its name, type and bytes. */
interface FilePart {
  readonly field: string;
  readonly name: string;
  readonly type: string;
  readonly bytes: Uint8Array<ArrayBuffer>;
}

/** A multipart body as bytes, serialised by the platform's own FormData encoder. */
async function submissionBody(application: unknown, files: readonly FilePart[]): Promise<RequestBody> {
  const form = new FormData();
  form.append('application', new Blob([JSON.stringify(application)], { type: 'application/json' }), 'application.json');
  for (const file of files) form.append(file.field, new Blob([file.bytes], { type: file.type }), file.name);
  const response = new Response(form);
  return { body: new Uint8Array(await response.arrayBuffer()), contentType: response.headers.get('content-type') ?? '' };
}

function parkingCard(): PermitDefinition {
  const permit = findDefinition('gehandicaptenparkeerkaart');
  if (!permit) throw new Error('The parking card definition is missing');
  return permit;
}

/**
 * The parking-card example of the OpenAPI document, with the bytes of the files it announces (an ID
 * copy and a passport photo, from tests/fixtures/files): a small but complete application.
 */
async function exampleSubmissionBody(): Promise<RequestBody> {
  const examples = (openapiDocument.components as { examples: Record<string, { value: { application: { answers: Answers } } }> }).examples;
  const application = examples.GehandicaptenparkeerkaartSubmission?.value.application;
  if (!application) throw new Error('The OpenAPI document lost its parking-card example');
  const files = exampleFileAnswers(parkingCard(), application.answers).map(({ questionId, file }) => ({
    field: questionId,
    name: file.name,
    type: file.type,
    bytes: new Uint8Array(exampleFileBytes(file)),
  }));
  return submissionBody(application, files);
}

function pdfPart(bytes: Uint8Array<ArrayBuffer>): FilePart {
  return { field: 'document', name: 'document.pdf', type: 'application/pdf', bytes };
}

function benchApplication(size: number): unknown {
  return {
    formId: benchPermit.id,
    formVersion: benchPermit.version,
    locale: 'nl',
    answers: { document: [{ name: 'document.pdf', type: 'application/pdf', size }] },
    assistance: { assisted: false },
    client: { draftId: randomUUID(), startedAt: '2026-11-03T09:00:00Z', submittedAt: '2026-11-03T09:10:00Z' },
  };
}

function pdfOfSize(size: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size).fill(0x20);
  bytes.set(new TextEncoder().encode('%PDF-1.7\n'), 0);
  return bytes;
}

/** VmHWM of a process in MB: the most resident memory it has had (Linux /proc). */
function peakRssMb(pid: number): number {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match?.[1] ? Math.round((Number(match[1]) / 1024) * 10) / 10 : Number.NaN;
}

interface ServiceProcess {
  readonly url: string;
  readonly pid: number;
  stop(): Promise<void>;
}

/** Starts this file as the service (`--serve`) with a temporary DATA_DIR and waits until it listens. */
function spawnService(env: Record<string, string>): Promise<ServiceProcess> {
  return spawnSelf(['--serve'], env);
}

/** Starts this file as the round-robin proxy (`--proxy <upstream>...`) and waits until it listens. */
function spawnProxy(upstreams: readonly string[]): Promise<ServiceProcess> {
  return spawnSelf(['--proxy', ...upstreams], {});
}

/**
 * `BENCH_CPU_PROFILE=1`: every service (and proxy) the bench starts writes a V8 CPU profile to
 * `bench/results/cpu-profiles/` when it stops, to open in Chromium DevTools (Performance, "Load
 * profile") and see where a request's time goes. Profiling slows the service: its figures are then
 * not the ones to compare.
 */
const CPU_PROFILE_ARGS = process.env.BENCH_CPU_PROFILE === '1' ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve('bench/results/cpu-profiles')}`] : [];

async function spawnSelf(args: readonly string[], env: Record<string, string>): Promise<ServiceProcess> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'intake-bench-'));
  const child: ChildProcess = spawn(process.execPath, [...CPU_PROFILE_ARGS, fileURLToPath(import.meta.url), ...args], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, INTAKE_TOKENS: TOKEN, APP_DIR: path.join(dataDir, 'no-app'), ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => {
      rmSync(dataDir, { recursive: true, force: true });
      reject(new Error(`${args.join(' ')} stopped before listening (exit ${code})`));
    });
  });
  return {
    url,
    pid: child.pid ?? 0,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The service as the benchmark runs it: as `main.ts` does, plus the benchmark's PDF form. */
async function serve(): Promise<void> {
  const service = await startService(readConfig(), { permits: [...permits, { definition: benchPermit }], logLevel: 'warn' });
  stopOnSignals(service);
  console.log(`listening on ${service.url}`);
}

/** The proxy as its own process, so forwarding does not take autocannon's thread. */
async function proxy(upstreams: readonly string[]): Promise<void> {
  const running = await startRoundRobinProxy(upstreams);
  const stop = () => void running.close().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  console.log(`listening on ${running.url}`);
}

/** Run alone (`node dist/server/intake.bench.js`), it prints the rows `npm run bench` shows for it. */
function printTable(result: IntakeBenchResult): void {
  console.log(`\nPOST /api/v1/applications (${result.node})\n`);
  console.log(formatTable(intakeFigures(result), intakeMethods));
}

const invokedAs = process.argv[1] ? pathToFileURL(path.resolve(process.argv[1])).href : '';
if (invokedAs === import.meta.url) {
  const proxyAt = process.argv.indexOf('--proxy');
  const run = process.argv.includes('--serve') ? serve() : proxyAt >= 0 ? proxy(process.argv.slice(proxyAt + 1)) : runIntakeBench().then(() => undefined);
  run.catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
