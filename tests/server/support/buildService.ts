import { mkdirSync, mkdtempSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';

/**
 * Builds the service with `vite.server.config.ts` into a temporary directory, with the
 * test-form entry added, exactly as `npm run build` builds `dist/server`.
 *
 * @returns the directory holding `main.js` and `serviceWithTestForm.js`.
 */
export async function buildService(): Promise<string> {
  // Inside the project, so the built files find node_modules the way dist/server does.
  const parent = path.resolve('node_modules/.cache/intake-server-tests');
  mkdirSync(parent, { recursive: true });
  const outDir = mkdtempSync(path.join(parent, 'build-'));
  await build({
    configFile: path.resolve('vite.server.config.ts'),
    logLevel: 'silent',
    build: {
      outDir,
      emptyOutDir: true,
      sourcemap: false,
      rolldownOptions: { input: { serviceWithTestForm: path.resolve('tests/server/support/serviceWithTestForm.ts') } },
    },
  });
  return outDir;
}
