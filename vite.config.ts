import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

/** The wizard, built into `dist/app` and served by the intake service from the same origin. */
export default defineConfig({
  plugins: [preact()],
  build: {
    outDir: 'dist/app',
    emptyOutDir: true,
    target: 'es2020',
    // Keep the manifest of chunks: the size budget test reads what the first screen loads.
    manifest: true,
  },
  server: { port: 5173 },
});
