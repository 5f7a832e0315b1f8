import { readdirSync, readFileSync, statSync } from 'node:fs';
import { get } from 'node:http';
import path from 'node:path';
import budgets from './budgets.json';
import type { Browser } from '@playwright/test';
import { compressedSize, type CompressedSize } from './compressedSize';
import type { Figure, Method } from './Figure';
import { measurePrecache, type PrecacheResult } from './precache';

interface ManifestChunk {
  readonly file: string;
  readonly name?: string;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
  readonly css?: readonly string[];
}
type ViteManifest = Readonly<Record<string, ManifestChunk>>;

export interface SizeResult {
  readonly firstScreen: { readonly js: CompressedSize; readonly css: CompressedSize };
  /** Per screen (lazy chunk): the first screen plus what that screen's chunk imports. */
  readonly routes: Readonly<Record<string, CompressedSize>>;
  readonly wholeBuild: CompressedSize;
  /** The first screen's JS and CSS fetched from the running service with `Accept-Encoding: br, gzip`. */
  readonly asServed: { readonly bytes: number; readonly encodings: readonly string[] };
  readonly precache: PrecacheResult;
}

export const sizeMethods: readonly Method[] = [
  {
    id: 'S1',
    text:
      'First screen: dist/app/.vite/manifest.json walked from "index.html" through `imports` (static imports only; ' +
      'lazy screens and the English catalogue are `dynamicImports` and not counted), CSS from each chunk\'s `css`. ' +
      'Each file compressed on its own with Node zlib (gzip level 9, brotli quality 11) and summed; KB = 1,024 bytes. ' +
      'Same walk as tests/build/sizeBudget.build.test.ts, which gates these budgets. Note: the start screen also ' +
      'preloads every wizard screen when idle (preloadWizardScreens), so after a few seconds it has fetched the whole JS.',
  },
  {
    id: 'S2',
    text:
      'Route: the first screen plus the screen\'s lazy chunk (`dynamicImports` of index.html) and everything it ' +
      'imports, JS and CSS together, compressed as in [S1]. "A question step" is StepScreen; "largest route" is the ' +
      'screen whose total is largest.',
  },
  {
    id: 'S3',
    text:
      'Whole build: every file the service serves from dist/app (JS, CSS, HTML, web manifest, icons; not the ' +
      'build-time .vite/ folder), compressed as in [S1]. The stand-in for the service-worker precache while there is none.',
  },
  {
    id: 'S4',
    text:
      'As served: the first screen\'s JS and CSS requested from the running service with `Accept-Encoding: br, gzip` ' +
      '(node:http, which does not decode), body bytes summed; "identity" means the service sent them uncompressed.',
  },
  {
    id: 'S5',
    text:
      'Precache: a first visit to / in a fresh Chromium context; once navigator.serviceWorker.ready resolved, every ' +
      'response in the origin\'s Cache Storage read back and its body bytes summed (what the tablet stores); ' +
      'the same files from dist/app compressed as in [S1] (what installing or updating transfers if the service ' +
      'compressed). "none" when no service worker became ready within 15 s.',
  },
];

/**
 * Sizes of what the app makes the browser download, from the production build
 * in `appDir` and from the running service at `origin`. Deterministic: the same build gives the same figures.
 */
export async function measureSize(appDir: string, origin: string, browser: Browser): Promise<{ result: SizeResult; figures: Figure[] }> {
  const manifest = JSON.parse(readFileSync(path.join(appDir, '.vite/manifest.json'), 'utf8')) as ViteManifest;
  const entry = 'index.html';
  const first = closure(manifest, [entry]);
  const firstScreen = { js: compressedSize(appDir, first.js), css: compressedSize(appDir, first.css) };

  const screens = (manifest[entry]?.dynamicImports ?? []).filter((key) => key.includes('/screens/'));
  const routes: Record<string, CompressedSize> = {};
  for (const key of screens) {
    const files = closure(manifest, [entry, key]);
    routes[manifest[key]?.name ?? key] = compressedSize(appDir, [...files.js, ...files.css]);
  }
  const wholeBuild = compressedSize(appDir, servedFiles(appDir));
  const asServed = await fetchAsServed(origin, [...first.js, ...first.css]);
  const precache = await measurePrecache(browser, origin, appDir);
  const result: SizeResult = { firstScreen, routes, wholeBuild, asServed, precache };

  const kb = (bytes: number) => bytes / 1024;
  const section = 'Size';
  const figures: Figure[] = [
    { section, name: 'First screen JS, gzip', value: kb(firstScreen.js.gzipBytes), unit: 'KB', budget: { limit: budgets.firstScreenJsGzipKb, kind: 'max', key: 'firstScreenJsGzipKb' }, method: 'S1' },
    { section, name: 'First screen JS, brotli', value: kb(firstScreen.js.brotliBytes), unit: 'KB', method: 'S1' },
    { section, name: 'First screen CSS, gzip', value: kb(firstScreen.css.gzipBytes), unit: 'KB', budget: { limit: budgets.firstScreenCssGzipKb, kind: 'max', key: 'firstScreenCssGzipKb' }, method: 'S1' },
    { section, name: 'First screen CSS, brotli', value: kb(firstScreen.css.brotliBytes), unit: 'KB', method: 'S1' },
  ];
  const largest = Object.entries(routes).sort(([, a], [, b]) => b.gzipBytes - a.gzipBytes)[0];
  const step = routes.StepScreen;
  if (step) {
    const label = largest?.[0] === 'StepScreen' ? 'Question step (StepScreen, the largest route)' : 'Question step (StepScreen)';
    figures.push(
      { section, name: `${label} JS+CSS, gzip`, value: kb(step.gzipBytes), unit: 'KB', method: 'S2' },
      { section, name: `${label} JS+CSS, brotli`, value: kb(step.brotliBytes), unit: 'KB', method: 'S2' },
    );
  }
  if (largest && largest[0] !== 'StepScreen') {
    figures.push(
      { section, name: `Largest route (${largest[0]}) JS+CSS, gzip`, value: kb(largest[1].gzipBytes), unit: 'KB', method: 'S2' },
      { section, name: `Largest route (${largest[0]}) JS+CSS, brotli`, value: kb(largest[1].brotliBytes), unit: 'KB', method: 'S2' },
    );
  }
  figures.push(
    { section, name: `Whole build (${wholeBuild.files.length} files), raw`, value: kb(wholeBuild.rawBytes), unit: 'KB', method: 'S3' },
    { section, name: 'Whole build, gzip', value: kb(wholeBuild.gzipBytes), unit: 'KB', method: 'S3' },
    { section, name: 'Whole build, brotli', value: kb(wholeBuild.brotliBytes), unit: 'KB', method: 'S3' },
  );
  if (precache.present) {
    figures.push(
      { section, name: `Service-worker precache (${precache.build.files.length + precache.unmatched.length} entries), as stored`, value: kb(precache.cachedBytes), unit: 'KB', method: 'S5' },
      { section, name: 'Service-worker precache, gzip', value: kb(precache.build.gzipBytes), unit: 'KB', method: 'S5' },
      { section, name: 'Service-worker precache, brotli', value: kb(precache.build.brotliBytes), unit: 'KB', method: 'S5' },
    );
  } else {
    figures.push({ section, name: 'Service-worker precache', value: null, display: 'none', unit: 'KB', method: 'S5' });
  }
  figures.push({
    section,
    name: `First screen JS+CSS as served (${asServed.encodings.join(', ')})`,
    value: kb(asServed.bytes),
    unit: 'KB',
    method: 'S4',
  });
  return { result, figures };
}

/** The JS files of `roots` and every chunk they import statically, and those chunks' CSS. */
function closure(manifest: ViteManifest, roots: readonly string[]): { js: string[]; css: string[] } {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  roots.forEach(visit);
  const chunks = [...seen].map((key) => manifest[key]).filter((chunk): chunk is ManifestChunk => chunk !== undefined);
  return { js: [...new Set(chunks.map((chunk) => chunk.file))], css: [...new Set(chunks.flatMap((chunk) => chunk.css ?? []))] };
}

/** Every file under `appDir` the service serves, relative to it (the `.vite/` build metadata is a dotfile folder it never serves). */
function servedFiles(appDir: string, under = ''): string[] {
  return readdirSync(path.join(appDir, under)).flatMap((name) => {
    if (name.startsWith('.')) return [];
    const relative = path.posix.join(under, name);
    return statSync(path.join(appDir, relative)).isDirectory() ? servedFiles(appDir, relative) : [relative];
  });
}

async function fetchAsServed(origin: string, files: readonly string[]): Promise<SizeResult['asServed']> {
  let bytes = 0;
  const encodings = new Set<string>();
  for (const file of files) {
    const response = await rawGet(`${origin}/${file}`);
    bytes += response.bytes;
    encodings.add(response.encoding);
  }
  return { bytes, encodings: [...encodings] };
}

/** GET without decoding, so the count is what crossed the wire (body only, no headers). */
function rawGet(url: string): Promise<{ bytes: number; encoding: string }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': 'br, gzip' } }, (response) => {
      if (response.statusCode !== 200) {
        response.resume();
        reject(new Error(`GET ${url}: ${response.statusCode}`));
        return;
      }
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => resolve({ bytes, encoding: response.headers['content-encoding'] ?? 'identity' }));
      response.on('error', reject);
    }).on('error', reject);
  });
}
