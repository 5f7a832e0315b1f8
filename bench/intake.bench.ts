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

/** One autocannon run: sustained requests per second and latency percentiles (ms). */
export interface ThroughputFigures {
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly requests: number;
  readonly errors: number;
  readonly non2xx: number;
}

export interface IntakeBenchResult {
  readonly measuredAt: string;
  readonly node: string;
  readonly smallApplication: ThroughputFigures;
  readonly attachment5Mb: ThroughputFigures;
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
 * throughput and latency of `POST /applications` with a small application and with a 5 MB
 * attachment (a new Idempotency-Key per request, so every request stores an application), and
 * the peak memory of the service while it receives a 25 MB upload. The service runs as a child
 * process on loopback with a temporary `DATA_DIR` and a rate limit raised out of the way.
 */
export async function runIntakeBench(options: IntakeBenchOptions = {}): Promise<IntakeBenchResult> {
  const duration = options.durationSeconds ?? 10;
  const service = await spawnService({ RATE_LIMIT_PER_MINUTE: '1000000' });
  let smallApplication: ThroughputFigures;
  let attachment5Mb: ThroughputFigures;
  try {
    smallApplication = await measure(service.url, await exampleSubmissionBody(), duration, options.connections ?? 10);
    const pdf = pdfOfSize(5 * MB);
    attachment5Mb = await measure(service.url, await submissionBody(benchApplication(pdf.length), [pdfPart(pdf)]), duration, options.connections ?? 4);
  } finally {
    await service.stop();
  }

  // A fresh process, so its peak memory says what one large upload costs.
  const large = await spawnService({ MAX_FILE_BYTES: String(25 * MB), MAX_REQUEST_BYTES: String(26 * MB) });
  let upload25Mb: IntakeBenchResult['upload25Mb'];
  try {
    const warmUp = await exampleSubmissionBody();
    await post(large.url, warmUp);
    const baselinePeakRssMb = peakRssMb(large.pid);
    const pdf = pdfOfSize(25 * MB);
    const status = await post(large.url, await submissionBody(benchApplication(pdf.length), [pdfPart(pdf)]));
    upload25Mb = { baselinePeakRssMb, peakRssMb: peakRssMb(large.pid), status };
  } finally {
    await large.stop();
  }

  const result: IntakeBenchResult = { measuredAt: new Date().toISOString(), node: process.version, smallApplication, attachment5Mb, upload25Mb };
  if (options.print !== false) printTable(result);
  if (options.resultFile !== false) {
    const file = options.resultFile ?? path.resolve('bench/results/intake.json');
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`\nResultaat / result: ${file}`);
  }
  return result;
}

async function measure(url: string, body: { body: Uint8Array<ArrayBuffer>; contentType: string }, duration: number, connections: number): Promise<ThroughputFigures> {
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
  };
}

async function post(url: string, body: { body: Uint8Array<ArrayBuffer>; contentType: string }): Promise<number> {
  const response = await fetch(`${url}/api/v1/applications`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'idempotency-key': randomUUID(), 'content-type': body.contentType },
    body: body.body,
  });
  await response.arrayBuffer();
  return response.status;
}

/** A file part of a multipart body: the question it answers, its name, type and bytes. */
interface FilePart {
  readonly field: string;
  readonly name: string;
  readonly type: string;
  readonly bytes: Uint8Array<ArrayBuffer>;
}

/** A multipart body as bytes, serialised by the platform's own FormData encoder. */
async function submissionBody(application: unknown, files: readonly FilePart[]): Promise<{ body: Uint8Array<ArrayBuffer>; contentType: string }> {
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
async function exampleSubmissionBody(): Promise<{ body: Uint8Array<ArrayBuffer>; contentType: string }> {
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
async function spawnService(env: Record<string, string>): Promise<ServiceProcess> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'intake-bench-'));
  const child: ChildProcess = spawn(process.execPath, [fileURLToPath(import.meta.url), '--serve'], {
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
    child.once('exit', (code) => reject(new Error(`The service stopped before listening (exit ${code})`)));
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

function printTable(result: IntakeBenchResult): void {
  const row = (name: string, figures: ThroughputFigures) =>
    `${name.padEnd(26)} ${String(figures.requestsPerSecond).padStart(8)} ${String(figures.p50Ms).padStart(8)} ${String(figures.p99Ms).padStart(8)} ${String(figures.requests).padStart(8)} ${String(figures.non2xx + figures.errors).padStart(8)}`;
  console.log(`\nPOST /api/v1/applications (${result.node})`);
  console.log(`${'case'.padEnd(26)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'requests'.padStart(8)} ${'failed'.padStart(8)}`);
  console.log(row('small application', result.smallApplication));
  console.log(row('5 MB attachment', result.attachment5Mb));
  const { baselinePeakRssMb, peakRssMb: peak, status } = result.upload25Mb;
  console.log(`\n25 MB upload (status ${status}): peak RSS ${baselinePeakRssMb} MB before, ${peak} MB after (+${Math.round((peak - baselinePeakRssMb) * 10) / 10} MB)`);
}

const invokedAs = process.argv[1] ? pathToFileURL(path.resolve(process.argv[1])).href : '';
if (invokedAs === import.meta.url) {
  const run = process.argv.includes('--serve') ? serve() : runIntakeBench().then(() => undefined);
  run.catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
