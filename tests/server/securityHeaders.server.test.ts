// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../server/security/securityHeaders';
import { exampleApplication, submissionForm } from './support/submission';
import { startTestServer, submitHeaders, type TestServer } from './support/testServer';

function expectSecurityHeaders(headers: Headers): void {
  expect(headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  expect(headers.get('content-security-policy')).not.toContain('unsafe-inline');
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('referrer-policy')).toBe('no-referrer');
  expect(headers.get('cross-origin-opener-policy')).toBe('same-origin');
  expect(headers.get('permissions-policy')).toMatch(/^camera=\(self\)/);
}

describe('security headers and the app on the same origin', () => {
  let server: TestServer;
  let appDir: string;
  beforeAll(async () => {
    // A data file right next to the app: no URL may reach it.
    const parent = mkdtempSync(path.join(tmpdir(), 'intake-app-'));
    writeFileSync(path.join(parent, 'intake.sqlite'), 'SQLite format 3\u0000 geheime gegevens');
    appDir = path.join(parent, 'app');
    mkdirSync(path.join(appDir, 'assets'), { recursive: true });
    writeFileSync(path.join(appDir, 'index.html'), '<!doctype html><title>Hulploket</title><script type="module" src="/assets/index-abc123.js"></script>');
    writeFileSync(path.join(appDir, 'assets', 'index-abc123.js'), 'console.log("wizard")');
    // The build writes compressed copies beside each text file (vite.config.ts, precompress).
    writeFileSync(path.join(appDir, 'assets', 'index-abc123.js.br'), brotliCompressSync('console.log("wizard")'));
    writeFileSync(path.join(appDir, 'sw.js'), 'self.addEventListener("fetch", () => {})');
    writeFileSync(path.join(appDir, 'manifest.webmanifest'), '{}');
    server = await startTestServer({ appDir });
  });
  afterAll(async () => {
    await server.close();
    rmSync(path.dirname(appDir), { recursive: true, force: true });
  });

  it('sends them with API answers, refusals and problems', async () => {
    expectSecurityHeaders((await server.fetch('/api/v1/health')).headers);
    expectSecurityHeaders((await server.fetch('/api/v1/applications', { method: 'POST', headers: submitHeaders(), body: submissionForm(exampleApplication()) })).headers);
    expectSecurityHeaders((await server.fetch('/api/v1/applications', { method: 'POST', body: 'x' })).headers);
    expectSecurityHeaders((await server.fetch('/api/v1/no-such-thing')).headers);
  });

  it('sends them with static files, with long caching only for hashed assets', async () => {
    const index = await server.fetch('/');
    expect(index.status).toBe(200);
    expectSecurityHeaders(index.headers);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    const asset = await server.fetch('/assets/index-abc123.js');
    expectSecurityHeaders(asset.headers);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    for (const file of ['/sw.js', '/manifest.webmanifest']) {
      const response = await server.fetch(file);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expectSecurityHeaders(response.headers);
    }
  });

  it('sends the build’s compressed copy to a browser that accepts it, and the plain file to one that does not', async () => {
    const compressed = await fetch(`${server.url}/assets/index-abc123.js`, { headers: { 'Accept-Encoding': 'br' } });
    expect(compressed.headers.get('content-encoding')).toBe('br');
    expect(compressed.headers.get('vary')).toMatch(/accept-encoding/i);
    expectSecurityHeaders(compressed.headers);
    // fetch decodes br itself; the body is the original either way.
    expect(await compressed.text()).toBe('console.log("wizard")');
    const plain = await fetch(`${server.url}/assets/index-abc123.js`, { headers: { 'Accept-Encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe('console.log("wizard")');
  });

  it('answers a deep link of the wizard with index.html (history routing), but a missing file with 404', async () => {
    const deepLink = await server.fetch('/aanvraag/gehandicaptenparkeerkaart/stap/cardKind');
    expect(deepLink.status).toBe(200);
    expect(deepLink.text).toContain('<title>Hulploket</title>');
    expect(deepLink.headers.get('cache-control')).toBe('no-cache');
    expectSecurityHeaders(deepLink.headers);
    const missing = await server.fetch('/assets/missing-123.js');
    expect(missing.status).toBe(404);
    expectSecurityHeaders(missing.headers);
    expect((await server.fetch('/api/v1/unknown')).status).toBe(404);
  });

  it('never serves files outside the app', async () => {
    for (const pathname of ['/../intake.sqlite', '/%2e%2e/intake.sqlite', '/..%2fintake.sqlite', '/assets/..%2f..%2fintake.sqlite', '/%2e%2e%5cintake.sqlite']) {
      const response = await fetch(`${server.url}${pathname}`);
      expect(await response.text()).not.toContain('SQLite format');
    }
  });
});

describe('without a built app', () => {
  it('still serves the API and says plainly that the app is not built', async () => {
    const server = await startTestServer();
    try {
      const page = await server.fetch('/');
      expect(page.status).toBe(503);
      expect(page.text).toContain('nog niet gebouwd');
      expectSecurityHeaders(page.headers);
      expect((await server.fetch('/api/v1/health')).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});
