import path from 'node:path';
import { ConfigError } from './ConfigError';
import { readZgwConfig } from './forwarding/zgw/readZgwConfig';
import type { ZgwConfig } from './forwarding/zgw/ZgwConfig';
import type { PostgresConfig } from './storage/postgres/PostgresConfig';
import { BUILD_SETTING_DEFAULTS } from '../src/settings';

const MB = 1024 * 1024;

/**
 * The default of every setting of `npm start` that has one, by its environment variable: written
 * here and nowhere else (`tests/unit/settings/configurationTable.unit.test.ts` holds README's
 * configuration table to it). A variable missing here has no default: unset, its feature is off or
 * the service makes what it needs (the device token).
 */
export const SERVICE_DEFAULTS = {
  PORT: 4173,
  // Not reachable from the network until someone decides it should be.
  HOST: '127.0.0.1',
  DATA_DIR: './data',
  DATABASE_POOL_SIZE: 10,
  TRUST_PROXY: 0,
  MAX_FILE_BYTES: 10 * MB,
  MAX_REQUEST_BYTES: 25 * MB,
  MAX_FILES: 10,
  RATE_LIMIT_PER_MINUTE: 60,
  READS_PER_MINUTE: 120,
  MAX_PARKED_DRAFT_BYTES: 2 * MB,
  // As long as a tablet keeps a draft, so a resume code works as long everywhere.
  PARKED_DRAFT_DAYS: BUILD_SETTING_DEFAULTS.VITE_DRAFT_EXPIRY_DAYS,
  SENT_PARKED_DRAFT_DAYS: 365,
  PARKED_DRAFT_LOOKUPS_PER_MINUTE: 20,
  ADDRESS_LOOKUPS_PER_MINUTE: 120,
  STATUS_LOOKUPS_PER_MINUTE: 10,
  STATUS_LOCK_AFTER_MISSES: 5,
  STATUS_LOCK_MINUTES: 15,
  // Headers well within a slow tablet's reach; a request twice the wizard's own wait for an answer
  // (`SEND_TIMEOUT_MS` in `src/intake/httpIntakeClient.ts`, 30 s); keep-alive as Node's own default.
  HEADERS_TIMEOUT_SECONDS: 20,
  REQUEST_TIMEOUT_SECONDS: 60,
  IDLE_TIMEOUT_SECONDS: 20,
  KEEP_ALIVE_TIMEOUT_SECONDS: 5,
  APP_DIR: 'dist/app',
  LOG_LEVEL: 'info',
} as const;

/** How the intake service runs; every field comes from an environment variable, with the defaults of {@link SERVICE_DEFAULTS}. */
export interface ServerConfig {
  /** `PORT`. */
  readonly port: number;
  /** `HOST`. */
  readonly host: string;
  /** `DATA_DIR`, absolute. Created if missing. */
  readonly dataDir: string;
  /** `INTAKE_TOKENS`, comma-separated; `undefined` means "use the token file in the data directory". */
  readonly deviceTokens: readonly string[] | undefined;
  /** `MAX_FILE_BYTES`: largest accepted file (bytes). */
  readonly maxFileBytes: number;
  /** `MAX_REQUEST_BYTES`: largest accepted request (bytes). */
  readonly maxRequestBytes: number;
  /** `MAX_FILES`: most files in one request. */
  readonly maxFiles: number;
  /** `RATE_LIMIT_PER_MINUTE`: applications sent per device token per minute. */
  readonly rateLimitPerMinute: number;
  /**
   * `READS_PER_MINUTE`: status reads and parked-draft saves and opens per device token per minute.
   * A budget of its own, so looking things up never makes an application wait.
   */
  readonly readsPerMinute: number;
  /** `APP_DIR`, absolute: the built wizard. */
  readonly appDir: string;
  /** `MAX_PARKED_DRAFT_BYTES`: longest ciphertext of a parked draft (base64 characters, i.e. bytes on the wire). */
  readonly maxParkedDraftBytes: number;
  /** `PARKED_DRAFT_DAYS`: days a parked draft is kept after its last save. */
  readonly parkedDraftDays: number;
  /**
   * `SENT_PARKED_DRAFT_DAYS`: days the service remembers that a parked draft became an application
   * (its lookup id and reference, nothing else). A copy of the draft can outlive its
   * parked copy on another tablet (opened there, kept 30 days after each change, or waiting in an
   * outbox), and is refused with the first reference for as long as this lasts.
   */
  readonly sentParkedDraftDays: number;
  /** `PARKED_DRAFT_LOOKUPS_PER_MINUTE`: parked-draft lookups that find nothing, per device token per minute. */
  readonly parkedDraftLookupsPerMinute: number;
  /**
   * `ADDRESS_LOOKUP_URL`: base URL of a PDOK-Locatieserver-shaped address service, e.g.
   * `https://api.pdok.nl/bzk/locatieserver`; `undefined` means "use the built-in stand-in".
   */
  readonly addressLookupUrl: string | undefined;
  /** `ADDRESS_LOOKUPS_PER_MINUTE`: address lookups per device token per minute. */
  readonly addressLookupsPerMinute: number;
  /**
   * `STATUS_LOOKUPS_PER_MINUTE`: status lookups (`POST /status`) per client address per minute, and
   * as many per reference from all addresses together. The client address is the
   * connection's unless `TRUST_PROXY` is on.
   */
  readonly statusLookupsPerMinute: number;
  /** `STATUS_LOCK_AFTER_MISSES`: wrong status codes within `STATUS_LOCK_MINUTES` after which a reference is locked. */
  readonly statusLockAfterMisses: number;
  /** `STATUS_LOCK_MINUTES`: how long wrong status codes count together, and how long a reference stays locked. */
  readonly statusLockMinutes: number;
  /** `HEADERS_TIMEOUT_SECONDS`, `REQUEST_TIMEOUT_SECONDS`, `IDLE_TIMEOUT_SECONDS`, `KEEP_ALIVE_TIMEOUT_SECONDS`. */
  readonly timeouts: ServerTimeouts;
  /**
   * `DATABASE_URL` (`postgres://` or `postgresql://`) with `DATABASE_POOL_SIZE`: the
   * applications, parked drafts and rate budgets live in that PostgreSQL database, shared by every
   * instance. `undefined`: the embedded SQLite file in `DATA_DIR`, for one instance.
   */
  readonly postgres: PostgresConfig | undefined;
  /**
   * `METRICS_TOKEN`: bearer token with which Prometheus reads `GET /metrics`; `undefined` (unset)
   * means `/metrics` is not served (404). A token on the one listener rather than a port
   * of its own: it works behind any load balancer or proxy, and needs no second port opened.
   * At least {@link MIN_TOKEN_LENGTH} characters, and never one of the device tokens.
   */
  readonly metricsToken: string | undefined;
  /**
   * `ZGW_CONFIG`: a JSON file that says where and how applications are registered as zaken
   * (README, "Forwarding to the case system"); `undefined`: nothing is forwarded.
   */
  readonly zgw: ZgwConfig | undefined;
  /**
   * `TRUST_PROXY=1`: the service runs behind a TLS-terminating proxy, whose `X-Forwarded-Proto`
   * (and `X-Forwarded-For`) it believes, so a request that reached the proxy over HTTPS gets a
   * `Secure` back-office cookie. Off: those headers are ignored, as anyone can send them.
   */
  readonly trustProxy: boolean;
}

/**
 * How long a connection may take, so a slow or silent client cannot hold one (and the service's
 * memory and sockets) for minutes. All in milliseconds.
 */
export interface ServerTimeouts {
  /** From a connection's first byte until a request's headers are all in; then `408`. */
  readonly headersMs: number;
  /** For a whole request, body included; then `408`. At least `headersMs`. */
  readonly requestMs: number;
  /** A connection on which nothing arrives or leaves for this long is closed. */
  readonly idleMs: number;
  /** How long a connection waits for its next request after an answer. */
  readonly keepAliveMs: number;
}

/**
 * The timeouts of {@link SERVICE_DEFAULTS} in milliseconds. Behind a proxy that keeps connections to
 * the service open, make `keepAliveMs` longer than the proxy's idle time for them, so the proxy
 * never reuses a connection the service is just closing.
 */
export const DEFAULT_TIMEOUTS: ServerTimeouts = {
  headersMs: SERVICE_DEFAULTS.HEADERS_TIMEOUT_SECONDS * 1000,
  requestMs: SERVICE_DEFAULTS.REQUEST_TIMEOUT_SECONDS * 1000,
  idleMs: SERVICE_DEFAULTS.IDLE_TIMEOUT_SECONDS * 1000,
  keepAliveMs: SERVICE_DEFAULTS.KEEP_ALIVE_TIMEOUT_SECONDS * 1000,
};

/** Shortest device token we accept: a token is the only thing between the network and the applications. */
export const MIN_TOKEN_LENGTH = 20;
const TOKEN_PATTERN = /^[A-Za-z0-9._~-]+$/;

/**
 * Reads the configuration from environment variables.
 *
 * @param cwd relative `DATA_DIR` and `APP_DIR` are resolved against this directory.
 * @throws ConfigError with a message that says which variable is wrong and what it may be.
 */
export function readConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): ServerConfig {
  const maxFileBytes = readInteger(env, 'MAX_FILE_BYTES', SERVICE_DEFAULTS.MAX_FILE_BYTES, 1, 1024 * MB);
  const maxRequestBytes = readInteger(env, 'MAX_REQUEST_BYTES', SERVICE_DEFAULTS.MAX_REQUEST_BYTES, 1024, 4096 * MB);
  if (maxRequestBytes < maxFileBytes) {
    throw new ConfigError(`MAX_REQUEST_BYTES (${maxRequestBytes}) must be at least MAX_FILE_BYTES (${maxFileBytes}).`);
  }
  return {
    port: readInteger(env, 'PORT', SERVICE_DEFAULTS.PORT, 0, 65535),
    host: readText(env, 'HOST', SERVICE_DEFAULTS.HOST),
    dataDir: readDataDir(env, cwd),
    deviceTokens: readTokens(env),
    maxFileBytes,
    maxRequestBytes,
    maxFiles: readInteger(env, 'MAX_FILES', SERVICE_DEFAULTS.MAX_FILES, 0, 1000),
    rateLimitPerMinute: readInteger(env, 'RATE_LIMIT_PER_MINUTE', SERVICE_DEFAULTS.RATE_LIMIT_PER_MINUTE, 1, 1_000_000),
    readsPerMinute: readInteger(env, 'READS_PER_MINUTE', SERVICE_DEFAULTS.READS_PER_MINUTE, 1, 1_000_000),
    appDir: path.resolve(cwd, readText(env, 'APP_DIR', SERVICE_DEFAULTS.APP_DIR)),
    maxParkedDraftBytes: readInteger(env, 'MAX_PARKED_DRAFT_BYTES', SERVICE_DEFAULTS.MAX_PARKED_DRAFT_BYTES, 1024, 64 * MB),
    parkedDraftDays: readInteger(env, 'PARKED_DRAFT_DAYS', SERVICE_DEFAULTS.PARKED_DRAFT_DAYS, 1, 365),
    sentParkedDraftDays: readInteger(env, 'SENT_PARKED_DRAFT_DAYS', SERVICE_DEFAULTS.SENT_PARKED_DRAFT_DAYS, 1, 3650),
    parkedDraftLookupsPerMinute: readInteger(env, 'PARKED_DRAFT_LOOKUPS_PER_MINUTE', SERVICE_DEFAULTS.PARKED_DRAFT_LOOKUPS_PER_MINUTE, 1, 1_000_000),
    addressLookupUrl: readHttpUrl(env, 'ADDRESS_LOOKUP_URL'),
    addressLookupsPerMinute: readInteger(env, 'ADDRESS_LOOKUPS_PER_MINUTE', SERVICE_DEFAULTS.ADDRESS_LOOKUPS_PER_MINUTE, 1, 1_000_000),
    statusLookupsPerMinute: readInteger(env, 'STATUS_LOOKUPS_PER_MINUTE', SERVICE_DEFAULTS.STATUS_LOOKUPS_PER_MINUTE, 1, 1_000_000),
    statusLockAfterMisses: readInteger(env, 'STATUS_LOCK_AFTER_MISSES', SERVICE_DEFAULTS.STATUS_LOCK_AFTER_MISSES, 1, 1000),
    statusLockMinutes: readInteger(env, 'STATUS_LOCK_MINUTES', SERVICE_DEFAULTS.STATUS_LOCK_MINUTES, 1, 24 * 60),
    timeouts: readTimeouts(env),
    postgres: readPostgres(env),
    metricsToken: readMetricsToken(env),
    zgw: readZgwConfig(env),
    trustProxy: readSwitch(env, 'TRUST_PROXY', SERVICE_DEFAULTS.TRUST_PROXY),
  };
}

/** `DATA_DIR`, absolute: relative to `cwd`. */
export function readDataDir(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string {
  return path.resolve(cwd, readText(env, 'DATA_DIR', SERVICE_DEFAULTS.DATA_DIR));
}

/** `LOG_LEVEL`: a pino level (`trace`, `debug`, `info`, `warn`, `error`, `fatal`, `silent`). */
export function readLogLevel(env: NodeJS.ProcessEnv = process.env): string {
  return readText(env, 'LOG_LEVEL', SERVICE_DEFAULTS.LOG_LEVEL);
}

/**
 * `DATABASE_URL` with `DATABASE_POOL_SIZE`; `undefined` when `DATABASE_URL` is unset.
 * @throws ConfigError for an address that is not a PostgreSQL one, without echoing it (it usually holds a password).
 */
export function readPostgres(env: NodeJS.ProcessEnv = process.env): PostgresConfig | undefined {
  const raw = env.DATABASE_URL?.trim();
  if (raw === undefined || raw === '') {
    if (env.DATABASE_POOL_SIZE?.trim()) throw new ConfigError('DATABASE_POOL_SIZE needs DATABASE_URL: without it the service uses the SQLite file in DATA_DIR.');
    return undefined;
  }
  const url = URL.canParse(raw) ? new URL(raw) : undefined;
  // Never echo the URL: it usually holds the database password.
  // No host is allowed: libpq then uses the local socket (or a `host` in the query string).
  if (!url || (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') || url.pathname.length <= 1) {
    throw new ConfigError('DATABASE_URL must be a PostgreSQL address with a host and a database, such as postgresql://intake:secret@db.example:5432/intake.');
  }
  return { databaseUrl: raw, poolSize: readInteger(env, 'DATABASE_POOL_SIZE', SERVICE_DEFAULTS.DATABASE_POOL_SIZE, 1, 1000) };
}

function readMetricsToken(env: NodeJS.ProcessEnv): string | undefined {
  const token = env.METRICS_TOKEN?.trim();
  if (token === undefined || token === '') return undefined;
  // Never echo a token: the message may end up in a terminal log.
  if (!isUsableToken(token)) throw new ConfigError(`METRICS_TOKEN must be at least ${MIN_TOKEN_LENGTH} characters of A-Z, a-z, 0-9, ".", "_", "~" or "-".`);
  // A scraper's token ends up in monitoring configuration; it must not also send applications.
  if (readTokens(env)?.includes(token)) throw new ConfigError('METRICS_TOKEN must differ from every token in INTAKE_TOKENS.');
  return token;
}

function isUsableToken(token: string): boolean {
  return token.length >= MIN_TOKEN_LENGTH && TOKEN_PATTERN.test(token);
}

function readTimeouts(env: NodeJS.ProcessEnv): ServerTimeouts {
  const seconds = (name: keyof typeof SERVICE_DEFAULTS & `${string}_SECONDS`, max: number) =>
    readInteger(env, name, SERVICE_DEFAULTS[name], 1, max) * 1000;
  const headersMs = seconds('HEADERS_TIMEOUT_SECONDS', 600);
  const requestMs = seconds('REQUEST_TIMEOUT_SECONDS', 3600);
  // Node refuses a request timeout shorter than the headers timeout: the headers are part of the request.
  if (requestMs < headersMs) {
    throw new ConfigError(`REQUEST_TIMEOUT_SECONDS (${requestMs / 1000}) must be at least HEADERS_TIMEOUT_SECONDS (${headersMs / 1000}).`);
  }
  return {
    headersMs,
    requestMs,
    idleMs: seconds('IDLE_TIMEOUT_SECONDS', 3600),
    keepAliveMs: seconds('KEEP_ALIVE_TIMEOUT_SECONDS', 600),
  };
}

/** A switch is `1` (on) or `0` (off), as it is written in README's table. */
function readSwitch(env: NodeJS.ProcessEnv, name: string, fallback: 0 | 1): boolean {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback === 1;
  if (raw === '0') return false;
  if (raw === '1') return true;
  throw new ConfigError(`${name} must be 1 (on) or 0 (off), not "${raw}".`);
}

function readText(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? fallback : value;
}

function readInteger(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, not "${raw}".`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, not ${value}.`);
  return value;
}

function readHttpUrl(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return undefined;
  const url = URL.canParse(raw) ? new URL(raw) : undefined;
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.search !== '' || url.hash !== '') {
    throw new ConfigError(`${name} must be an http(s) address without ? or #, such as https://api.pdok.nl/bzk/locatieserver, not "${raw}".`);
  }
  return raw;
}

function readTokens(env: NodeJS.ProcessEnv): readonly string[] | undefined {
  const raw = env.INTAKE_TOKENS;
  if (raw === undefined || raw.trim() === '') return undefined;
  const tokens = raw.split(',').map((token) => token.trim()).filter((token) => token !== '');
  if (tokens.length === 0) throw new ConfigError('INTAKE_TOKENS holds no token; leave it unset to use the token file in DATA_DIR.');
  tokens.forEach((token, index) => {
    // Never echo a token: the message may end up in a terminal log.
    if (!isUsableToken(token)) {
      throw new ConfigError(
        `INTAKE_TOKENS: token ${index + 1} must be at least ${MIN_TOKEN_LENGTH} characters of A-Z, a-z, 0-9, ".", "_", "~" or "-".`,
      );
    }
  });
  return tokens;
}
