import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import budgets from '../../bench/budgets.json';
import validationMessages from '../../src/validation/messages.nl.json';

/**
 * The size budget, checked on every test run from the build output (sizes are deterministic;
 * timings live in `npm run bench`). A cheap tablet on poor Wi-Fi pays for every kilobyte the
 * start screen needs before it can show anything.
 */
const APP = 'dist/app';

interface ManifestChunk {
  readonly file: string;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
  readonly css?: readonly string[];
}

function firstScreenChunks(): ManifestChunk[] {
  const manifest = JSON.parse(readFileSync(join(APP, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  visit('index.html');
  return [...seen].map((key) => manifest[key]).filter((chunk): chunk is ManifestChunk => chunk !== undefined);
}

function firstScreenFiles(): { js: string[]; css: string[] } {
  const chunks = firstScreenChunks();
  return { js: chunks.map((chunk) => chunk.file), css: chunks.flatMap((chunk) => chunk.css ?? []) };
}

const gzipKb = (files: readonly string[]) => files.reduce((total, file) => total + gzipSync(readFileSync(join(APP, file)), { level: 9 }).length, 0) / 1024;

describe('what the first screen loads stays within budget', () => {
  const { js, css } = firstScreenFiles();

  it(`JavaScript ≤ ${budgets.firstScreenJsGzipKb} KB gzip`, () => {
    expect(js.length).toBeGreaterThan(0);
    expect(gzipKb(js)).toBeLessThanOrEqual(budgets.firstScreenJsGzipKb);
  });

  it(`CSS ≤ ${budgets.firstScreenCssGzipKb} KB gzip`, () => {
    expect(css.length).toBeGreaterThan(0);
    expect(gzipKb(css)).toBeLessThanOrEqual(budgets.firstScreenCssGzipKb);
  });

  it('does not load the wizard’s form library or the other language up front', () => {
    expect(js.filter((file) => /\/(StepScreen|en)-/.test(file))).toEqual([]);
  });

  it('does not carry the code that reads drafts back and saves them: it loads with the device’s (composeDevice)', () => {
    // Reading a draft of an older form imports the draft migration; only that code does.
    expect(firstScreenChunks().flatMap((chunk) => chunk.dynamicImports ?? []).filter((key) => /migrateDraft/.test(key))).toEqual([]);
  });

  it('does not carry the validators’ messages: they show only at a permit’s questions, which load the whole catalogue', () => {
    const code = js.map((file) => readFileSync(join(APP, file), 'utf8')).join('\n');
    const messages = Object.values(validationMessages as Record<string, string | Record<string, string>>).flatMap((message) => (typeof message === 'string' ? [message] : Object.values(message)));
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.filter((message) => message.length > 12 && code.includes(message))).toEqual([]);
  });
});
