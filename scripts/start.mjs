// `npm start`: the Electron app when its binary is installed; otherwise one line saying so and
// the browser host (or the CLI for `npm start -- --cli …`) instead of Electron's misleading
// "failed to install correctly, delete node_modules/electron" advice.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { findElectronBinary, missingBinaryAdvice } from './electron-binary.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = process.env.ALVH_DIST ?? 'dist';
const args = process.argv.slice(2);
const electron = findElectronBinary(join(root, 'node_modules', 'electron'));

function run(command, commandArgs) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit' });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
}

if (electron.found) {
  run(electron.path, ['.', ...args]);
} else {
  const cliAt = args.indexOf('--cli');
  console.error(`ALVH Journal: ${electron.reason}.`);
  console.error(`  ${missingBinaryAdvice[1]}`);
  if (cliAt >= 0) {
    console.error('  Running the command line under Node instead.');
    run(process.execPath, [join(dist, 'cli.cjs'), ...args.slice(cliAt + 1)]);
  } else {
    console.error(`  ${missingBinaryAdvice[0]}`);
    run(process.execPath, [join(dist, 'host.cjs'), ...args]);
  }
}
