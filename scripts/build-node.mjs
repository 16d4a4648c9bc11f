// Bundles the Node-side entry points (Electron main + preload, browser host, CLI, bench, and
// the backtest sweep's worker thread, loaded from beside cli.cjs / bench.cjs)
// into CommonJS files under dist/. Native and Electron modules stay external.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { writeBuildStamp } from './build-stamp.mjs';

// ALVH_DIST (a folder directly under the project root) lets parallel checkouts of work build side by side.
const dist = process.env.ALVH_DIST ?? 'dist';
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const startedAtMs = Date.now();

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  // pdfkit stays external: bundled, its ESM build resolves its data files from import.meta.url, which is empty in CJS.
  external: ['electron', 'better-sqlite3', 'pdfkit'],
  define: { __APP_VERSION__: JSON.stringify(version) },
  logLevel: 'warning',
};

await Promise.all([
  build({ ...common, entryPoints: { main: 'electron/main.ts', preload: 'electron/preload.ts' }, outdir: `${dist}/electron`, outExtension: { '.js': '.cjs' } }),
  build({ ...common, entryPoints: { host: 'electron/host/main.ts', cli: 'electron/cli/main.ts', bench: 'bench/index.ts', 'bench-concurrency': 'bench/concurrency-main.ts' }, outdir: dist, outExtension: { '.js': '.cjs' }, banner: { js: '#!/usr/bin/env node' } }),
  build({ ...common, entryPoints: { 'sweep-worker': 'electron/backend/backtest/sweep-worker.ts' }, outdir: dist, outExtension: { '.js': '.cjs' } }),
]);
// Lets `npm run cli` skip the build when no source changed since (scripts/cli-fresh.mjs).
writeBuildStamp(dist, startedAtMs);
