// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../server/ConfigError';
import { readConfig } from '../../server/config';
import { readOrCreateDeviceToken } from '../../server/security/deviceTokenFile';

describe('configuration from the environment', () => {
  it('has safe defaults', () => {
    expect(readConfig({}, '/srv/hulploket')).toEqual({
      port: 4173,
      host: '127.0.0.1',
      dataDir: '/srv/hulploket/data',
      deviceTokens: undefined,
      maxFileBytes: 10 * 1024 * 1024,
      maxRequestBytes: 25 * 1024 * 1024,
      maxFiles: 10,
      rateLimitPerMinute: 60,
      readsPerMinute: 120,
      appDir: '/srv/hulploket/dist/app',
      maxParkedDraftBytes: 2 * 1024 * 1024,
      parkedDraftDays: 30,
      sentParkedDraftDays: 365,
      parkedDraftLookupsPerMinute: 20,
      addressLookupUrl: undefined,
      addressLookupsPerMinute: 120,
      statusLookupsPerMinute: 10,
      statusLockAfterMisses: 5,
      statusLockMinutes: 15,
      timeouts: { headersMs: 20_000, requestMs: 60_000, idleMs: 20_000, keepAliveMs: 5_000 },
      postgres: undefined,
      metricsToken: undefined,
      zgw: undefined,
      trustProxy: false,
    });
  });

  it('reads every variable', () => {
    const config = readConfig(
      {
        PORT: '8080',
        HOST: '0.0.0.0',
        DATA_DIR: '/var/lib/intake',
        INTAKE_TOKENS: ' token-one-0123456789abc , token-two-0123456789abc ',
        MAX_FILE_BYTES: '1000',
        MAX_REQUEST_BYTES: '5000',
        MAX_FILES: '2',
        RATE_LIMIT_PER_MINUTE: '5',
        READS_PER_MINUTE: '9',
        APP_DIR: 'build/web',
        MAX_PARKED_DRAFT_BYTES: '65536',
        PARKED_DRAFT_DAYS: '7',
        SENT_PARKED_DRAFT_DAYS: '90',
        PARKED_DRAFT_LOOKUPS_PER_MINUTE: '5',
        ADDRESS_LOOKUP_URL: 'https://api.pdok.nl/bzk/locatieserver',
        ADDRESS_LOOKUPS_PER_MINUTE: '30',
        HEADERS_TIMEOUT_SECONDS: '5',
        REQUEST_TIMEOUT_SECONDS: '90',
        IDLE_TIMEOUT_SECONDS: '15',
        KEEP_ALIVE_TIMEOUT_SECONDS: '65',
        DATABASE_URL: 'postgresql://intake:geheim@db.example:5432/intake',
        DATABASE_POOL_SIZE: '25',
        METRICS_TOKEN: ' metrics-scraper-0123456789 ',
      },
      '/srv',
    );
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      dataDir: '/var/lib/intake',
      appDir: '/srv/build/web',
      maxFiles: 2,
      rateLimitPerMinute: 5,
      readsPerMinute: 9,
      maxParkedDraftBytes: 65536,
      parkedDraftDays: 7,
      sentParkedDraftDays: 90,
      parkedDraftLookupsPerMinute: 5,
      addressLookupUrl: 'https://api.pdok.nl/bzk/locatieserver',
      addressLookupsPerMinute: 30,
      timeouts: { headersMs: 5_000, requestMs: 90_000, idleMs: 15_000, keepAliveMs: 65_000 },
      postgres: { databaseUrl: 'postgresql://intake:geheim@db.example:5432/intake', poolSize: 25 },
      metricsToken: 'metrics-scraper-0123456789',
      zgw: undefined,
    });
    expect(config.deviceTokens).toEqual(['token-one-0123456789abc', 'token-two-0123456789abc']);
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT must be a whole number/],
    [{ PORT: '70000' }, /PORT must be a whole number from 0 to 65535/],
    [{ MAX_FILES: '-1' }, /MAX_FILES/],
    [{ RATE_LIMIT_PER_MINUTE: '0' }, /RATE_LIMIT_PER_MINUTE/],
    [{ MAX_PARKED_DRAFT_BYTES: '100' }, /MAX_PARKED_DRAFT_BYTES must be a whole number from 1024/],
    [{ PARKED_DRAFT_DAYS: '0' }, /PARKED_DRAFT_DAYS must be a whole number from 1 to 365/],
    [{ SENT_PARKED_DRAFT_DAYS: '3651' }, /SENT_PARKED_DRAFT_DAYS must be a whole number from 1 to 3650/],
    [{ PARKED_DRAFT_LOOKUPS_PER_MINUTE: 'many' }, /PARKED_DRAFT_LOOKUPS_PER_MINUTE/],
    [{ MAX_FILE_BYTES: '2000', MAX_REQUEST_BYTES: '1500' }, /MAX_REQUEST_BYTES \(1500\) must be at least MAX_FILE_BYTES/],
    [{ INTAKE_TOKENS: 'short' }, /INTAKE_TOKENS: token 1 must be at least 20 characters/],
    [{ INTAKE_TOKENS: ' , ' }, /INTAKE_TOKENS holds no token/],
    [{ ADDRESS_LOOKUP_URL: 'api.pdok.nl' }, /ADDRESS_LOOKUP_URL must be an http\(s\) address/],
    [{ ADDRESS_LOOKUP_URL: 'ftp://example.nl/pdok' }, /ADDRESS_LOOKUP_URL must be an http\(s\) address/],
    [{ ADDRESS_LOOKUP_URL: 'https://example.nl/pdok?key=1' }, /ADDRESS_LOOKUP_URL must be an http\(s\) address/],
    [{ ADDRESS_LOOKUPS_PER_MINUTE: '0' }, /ADDRESS_LOOKUPS_PER_MINUTE/],
    [{ HEADERS_TIMEOUT_SECONDS: '0' }, /HEADERS_TIMEOUT_SECONDS must be a whole number from 1 to 600/],
    [{ REQUEST_TIMEOUT_SECONDS: '1.5' }, /REQUEST_TIMEOUT_SECONDS must be a whole number/],
    [{ HEADERS_TIMEOUT_SECONDS: '30', REQUEST_TIMEOUT_SECONDS: '10' }, /REQUEST_TIMEOUT_SECONDS \(10\) must be at least HEADERS_TIMEOUT_SECONDS \(30\)/],
    [{ IDLE_TIMEOUT_SECONDS: 'lang' }, /IDLE_TIMEOUT_SECONDS/],
    [{ KEEP_ALIVE_TIMEOUT_SECONDS: '601' }, /KEEP_ALIVE_TIMEOUT_SECONDS must be a whole number from 1 to 600/],
    [{ DATABASE_URL: 'mysql://intake:geheim@db.example/intake' }, /^DATABASE_URL must be a PostgreSQL address(?!.*geheim)/],
    [{ DATABASE_URL: 'postgresql://intake:geheim@db.example' }, /^DATABASE_URL must be a PostgreSQL address with a host and a database/],
    [{ DATABASE_URL: 'postgresql://db.example/intake', DATABASE_POOL_SIZE: '0' }, /DATABASE_POOL_SIZE must be a whole number from 1 to 1000/],
    [{ DATABASE_POOL_SIZE: '5' }, /DATABASE_POOL_SIZE needs DATABASE_URL/],
    [{ METRICS_TOKEN: 'too-short' }, /METRICS_TOKEN must be at least 20 characters/],
    [{ METRICS_TOKEN: 'has spaces in the middle of it' }, /METRICS_TOKEN must be at least 20 characters of A-Z/],
    [{ INTAKE_TOKENS: 'token-one-0123456789abc', METRICS_TOKEN: 'token-one-0123456789abc' }, /METRICS_TOKEN must differ from every token in INTAKE_TOKENS/],
    [{ TRUST_PROXY: 'yes' }, /TRUST_PROXY must be 1 \(on\) or 0 \(off\), not "yes"/],
  ])('refuses %o with a clear message', (env, message) => {
    expect(() => readConfig(env)).toThrow(ConfigError);
    expect(() => readConfig(env)).toThrow(message);
  });

  it('believes a proxy’s X-Forwarded-Proto only with TRUST_PROXY=1', () => {
    expect(readConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(true);
    expect(readConfig({ TRUST_PROXY: '0' }).trustProxy).toBe(false);
  });

  it('never repeats a refused token in its message', () => {
    expect(() => readConfig({ INTAKE_TOKENS: 'geheim!geheim!geheim!geheim' })).toThrow(/^(?!.*geheim)/);
    expect(() => readConfig({ METRICS_TOKEN: 'geheim!geheim!geheim!geheim' })).toThrow(/^(?!.*geheim)/);
  });
});

describe('the device token file', () => {
  it('is made once with mode 0600 and reused afterwards', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'intake-token-'));
    try {
      const first = readOrCreateDeviceToken(dataDir);
      expect(first.created).toBe(true);
      expect(first.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(statSync(first.file).mode & 0o777).toBe(0o600);
      expect(readFileSync(first.file, 'utf8').trim()).toBe(first.token);
      const second = readOrCreateDeviceToken(dataDir);
      expect(second).toEqual({ ...first, created: false });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
