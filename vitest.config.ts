import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { languageCatalogues, permitSummaries } from './vite.config';

/** Unit and jsdom tests; browser tests run with Playwright (`playwright.config.ts`). */
export default defineConfig({
  plugins: [preact(), permitSummaries(), languageCatalogues()],
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.unit.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'jsdom',
          include: ['tests/jsdom/**/*.jsdom.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['tests/jsdom/setup.ts'],
          // axe over a whole page takes seconds on a busy machine; the limit bounds a hang, it times nothing.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        // Reads the production build: `npm test` builds before it runs the tests.
        test: { name: 'build', include: ['tests/build/**/*.build.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: { name: 'server', include: ['tests/server/**/*.server.test.ts'], environment: 'node', testTimeout: 120_000, hookTimeout: 120_000 },
      },
    ],
  },
});
