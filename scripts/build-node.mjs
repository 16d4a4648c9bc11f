// Bundles the Node-side entry points (Electron main + preload, browser host, CLI, bench)
// into CommonJS files under dist/. Native and Electron modules stay external.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  external: ['electron', 'better-sqlite3'],
  define: { __APP_VERSION__: JSON.stringify(version) },
  logLevel: 'warning',
};

await Promise.all([
  build({ ...common, entryPoints: { main: 'electron/main.ts', preload: 'electron/preload.ts' }, outdir: 'dist/electron', outExtension: { '.js': '.cjs' } }),
  build({ ...common, entryPoints: { host: 'electron/host/main.ts', cli: 'electron/cli/main.ts', bench: 'bench/index.ts' }, outdir: 'dist', outExtension: { '.js': '.cjs' }, banner: { js: '#!/usr/bin/env node' } }),
]);
