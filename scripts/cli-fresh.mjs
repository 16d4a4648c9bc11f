// `npm run cli`: build the Node bundles only when a source changed since the last build
// (newest source mtime against the stamp build-node.mjs writes), then run dist/cli.cjs.
// `npm run build` / `npm test` keep building unconditionally.
import { spawnSync, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { isBuildStale } from './build-stamp.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, process.env.ALVH_DIST ?? 'dist');

if (isBuildStale(root, dist)) {
  const built = spawnSync(process.execPath, [join(root, 'scripts', 'build-node.mjs')], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
const child = spawn(process.execPath, [join(dist, 'cli.cjs'), ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
