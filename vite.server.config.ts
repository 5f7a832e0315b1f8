import { defineConfig } from 'vite';
import { languageCatalogues } from './vite.config';

/**
 * Builds the intake service (and its benchmark) for Node 20 as ES modules in `dist/server`:
 * `node dist/server/main.js` starts it, `node dist/server/moveToPostgres.js` moves a SQLite data
 * directory into PostgreSQL. Dependencies stay in node_modules (better-sqlite3 is
 * native); our own code, the shared wizard modules and JSON files are bundled.
 */
export default defineConfig({
  // The wizard's public/ folder belongs to the browser build, not here.
  publicDir: false,
  // The list of languages (`src/i18n/locales.ts`) is the names of the app's per-language catalogues.
  plugins: [languageCatalogues()],
  build: {
    ssr: true,
    outDir: 'dist/server',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    minify: false,
    rolldownOptions: {
      input: { main: 'server/main.ts', moveToPostgres: 'server/moveToPostgres.ts', 'backoffice-account': 'server/backOffice/accountCommand.ts', 'intake.bench': 'bench/intake.bench.ts', bench: 'bench/run.ts' },
      output: { format: 'esm', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
