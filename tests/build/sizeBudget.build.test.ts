import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import budgets from '../../bench/budgets.json';

/**
 * The size budget, checked on every test run from the build output (sizes are deterministic;
 * timings live in `npm run bench`). A cheap tablet on poor Wi-Fi pays for every kilobyte the
 * start screen needs before it can show anything.
 */
const APP = 'dist/app';

interface ManifestChunk {
  readonly file: string;
  readonly imports?: readonly string[];
  readonly css?: readonly string[];
}

function firstScreenFiles(): { js: string[]; css: string[] } {
  const manifest = JSON.parse(readFileSync(join(APP, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  visit('index.html');
  const chunks = [...seen].map((key) => manifest[key]).filter((chunk): chunk is ManifestChunk => chunk !== undefined);
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
});
