import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import preact from '@preact/preset-vite';
import { build, defineConfig, type Plugin, type ResolvedConfig } from 'vite';

/**
 * The web app manifest lives at the repository root (one place to edit the app's name, icons and
 * colours); this serves it in development and puts it in the build.
 */
function rootManifest(): Plugin {
  const file = 'manifest.webmanifest';
  return {
    name: 'hulploket-root-manifest',
    configureServer(server) {
      server.middlewares.use(`/${file}`, (_request, response) => {
        response.setHeader('Content-Type', 'application/manifest+json');
        response.end(readFileSync(file));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: file, source: readFileSync(file) });
    },
  };
}

/** The texts of a permit that the start, drafts and receipt pages show: its title, description and next steps. */
const PERMIT_SUMMARY_KEY = /^permit\.[a-z0-9-]+\.(title|description|nextSteps)$/;

/**
 * `texts.json?summary` is the permit summary part of a message catalogue, so the first screen
 * carries each permit's title and description and not every question of every permit (those load
 * with the wizard, see `src/app/useCatalogue.ts`). Authors keep one `nl.json` per permit.
 */
export function permitSummaries(): Plugin {
  return {
    name: 'hulploket-permit-summaries',
    enforce: 'pre',
    load(id) {
      const [file, query] = id.split('?');
      if (query !== 'summary' || !file?.endsWith('.json')) return null;
      this.addWatchFile(file);
      const texts = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
      return `export default ${JSON.stringify(Object.fromEntries(Object.entries(texts).filter(([key]) => PERMIT_SUMMARY_KEY.test(key))))};`;
    },
  };
}

/**
 * `messages/<language>.json?catalogue` is every text of one language in one module: the app's own,
 * the question components', the status page's, the help desk's, the validators' and each permit's
 * (the same files as `src/i18n/catalogues/index.ts`, one language at a time). Choosing a language
 * then fetches one chunk, and the first screen carries one loader per language instead of one per
 * file (7 languages × 11 files). Adding a file with a language's name adds it here, as everywhere.
 */
export function languageCatalogues(): Plugin {
  return {
    name: 'hulploket-language-catalogues',
    enforce: 'pre',
    load(id) {
      const [file, query] = id.split('?');
      if (query !== 'catalogue' || !file?.endsWith('.json')) return null;
      const locale = path.basename(file, '.json');
      const parts = [`./${locale}.json`, `./*.${locale}.json`, `../../validation/messages.${locale}.json`, `../../definitions/*/${locale}.json`];
      // Vite expands the glob in this module too, relative to the catalogue file.
      return `const parts = import.meta.glob(${JSON.stringify(parts)}, { eager: true, import: 'default' });\nexport default Object.assign({}, ...Object.values(parts));`;
    },
  };
}

/**
 * Built files the service worker keeps on the tablet: the page, code, styles, fonts, icons,
 * manifest, and the receipt PDF's fonts for other scripts (`src/receipt/fonts/`, about 230 KB), so
 * a receipt in Arabic can be made offline too.
 */
const PRECACHED = /\.(html|js|css|woff2|ttf|svg|png|webmanifest)$/;
/** Where Vite puts files whose name carries a hash of their content. */
const HASHED_DIR = 'assets/';

/**
 * The precache list for Workbox: every file in `outDir` that the app needs offline. A file whose
 * name carries its content hash needs no revision; the others (index.html, the root manifest,
 * icons) get a hash of their content, so a changed file is fetched again on the next update.
 */
function precacheEntries(outDir: string): { url: string; revision: string | null }[] {
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => PRECACHED.test(file) && !file.startsWith('.') && file !== 'sw.js')
    .sort()
    .map((file) => ({
      url: `/${file}`,
      revision: file.startsWith(HASHED_DIR) ? null : createHash('sha256').update(readFileSync(path.join(outDir, file))).digest('hex').slice(0, 16),
    }));
}

/**
 * Builds the service worker (`src/sw/sw.ts`) after the app, as one classic script at `/sw.js`, with
 * the precache list in place of `self.__WB_MANIFEST` (Workbox's injectManifest convention, without
 * workbox-build and its dependencies). The list changes with every changed file, so does sw.js, and
 * a browser that sees a changed sw.js installs the new version.
 */
function serviceWorker(): Plugin {
  let root = '';
  let outDir = '';
  let logger: ResolvedConfig['logger'] | undefined;
  return {
    name: 'hulploket-service-worker',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = path.resolve(root, config.build.outDir);
      logger = config.logger;
    },
    writeBundle: {
      sequential: true,
      order: 'post',
      async handler() {
        const entries = precacheEntries(outDir);
        const manifest = JSON.stringify(entries);
        await build({
          configFile: false,
          root,
          publicDir: false,
          logLevel: 'warn',
          mode: 'production',
          // Workbox's own checks and logs are for development builds only.
          define: { 'process.env.NODE_ENV': JSON.stringify('production') },
          plugins: [
            {
              name: 'hulploket-precache-manifest',
              renderChunk(code) {
                const parts = code.split('self.__WB_MANIFEST');
                if (parts.length !== 2) throw new Error('src/sw/sw.ts must use self.__WB_MANIFEST exactly once');
                return parts.join(manifest);
              },
            },
          ],
          build: {
            outDir,
            emptyOutDir: false,
            target: 'es2020',
            lib: { entry: path.join(root, 'src/sw/sw.ts'), formats: ['iife'], name: 'hulploketServiceWorker', fileName: () => 'sw.js' },
          },
        });
        const bytes = entries.reduce((total, { url }) => total + statSync(path.join(outDir, url)).size, 0);
        logger?.info(`sw.js precaches ${entries.length} files, ${(bytes / 1024).toFixed(1)} kB`);
      },
    },
  };
}

/** The wizard, built into `dist/app` and served by the intake service from the same origin. */
/** Text files and TrueType fonts are worth compressing; images and woff2 are compressed already. */
const COMPRESSIBLE = /\.(html|js|css|svg|webmanifest|json|ttf)$/;

/**
 * Writes a brotli and a gzip copy beside every text file of the build, once, at build time; the
 * intake service sends them to browsers that accept them (`@fastify/static` `preCompressed`). A
 * cheap tablet on poor Wi-Fi then downloads the first screen in a fifth of the bytes, and the
 * service spends no CPU compressing on every request.
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'hulploket-precompress',
    apply: 'build',
    enforce: 'post',
    configResolved(config: ResolvedConfig) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
        const file = path.join(entry.parentPath, entry.name);
        if (!entry.isFile() || !COMPRESSIBLE.test(file) || file.includes(`${path.sep}.vite${path.sep}`)) continue;
        const content = readFileSync(file);
        writeFileSync(`${file}.br`, brotliCompressSync(content, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }));
        writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  plugins: [preact(), permitSummaries(), languageCatalogues(), rootManifest(), serviceWorker(), precompress()],
  // `DESK_LOCATION` is read by its own name, as the README documents it (src/staff/deskLocation.ts).
  envPrefix: ['VITE_', 'DESK_LOCATION'],
  build: {
    outDir: 'dist/app',
    emptyOutDir: true,
    target: 'es2020',
    // The chunk manifest tells the size-budget test what the first screen loads.
    manifest: true,
    // No <link rel="modulepreload"> per dependency of a lazy chunk, added from script when it is
    // imported: on a reopened question that was some 30 links, whose insertion took longer at 4x CPU
    // than everything else the first-screen module does (bench/offlineStart.ts). The browser finds
    // a chunk's imports itself; from the service worker's cache that costs little.
    modulePreload: false,
    rolldownOptions: {
      output: {
        // Every module the first screen imports statically in one chunk beside the entry, instead
        // of a dozen small shared chunks: each is a request, and on a slow connection (six at a
        // time over HTTP/1.1) a round trip, before anything shows. Lazy chunks import from it.
        codeSplitting: { groups: [{ name: 'first-screen', tags: ['$initial'] }] },
      },
    },
  },
  server: { port: 5173 },
});
