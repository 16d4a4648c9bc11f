import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// The renderer is built to static files that Electron loads from disk and the browser
// host serves on loopback; relative URLs make both work.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify(version) },
  build: { outDir: `../${process.env.ALVH_DIST ?? 'dist'}/renderer`, emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1500 },
});
