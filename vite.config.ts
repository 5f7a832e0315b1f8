import { readFileSync } from 'node:fs';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';

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

/** The wizard, built into `dist/app` and served by the intake service from the same origin. */
export default defineConfig({
  plugins: [preact(), rootManifest()],
  build: {
    outDir: 'dist/app',
    emptyOutDir: true,
    target: 'es2020',
    // The chunk manifest tells the size-budget test what the first screen loads.
    manifest: true,
  },
  server: { port: 5173 },
});
