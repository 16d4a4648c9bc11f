/**
 * Runs the `alvh` command line inside the Electron binary (the packaged app's `--cli`
 * mode): no window, no single-instance lock (a CLI call must work while the app is open;
 * SQLite's WAL lets both use the journal), exit with the CLI's code.
 */
import { app } from 'electron';
import { join } from 'node:path';
import { runCli } from '../cli/run-cli';

export function runCliInApp(cliArgv: string[], mainDir: string): void {
  app.dock?.hide();
  // The sweep's worker is built beside cli.cjs, one folder up from main.cjs.
  const env = { ...process.env, ALVH_SWEEP_WORKER: process.env.ALVH_SWEEP_WORKER ?? join(mainDir, '..', 'sweep-worker.cjs') };
  const write = (stream: NodeJS.WriteStream) => (line: string) => stream.write(`${line}\n`);
  runCli(cliArgv, { out: write(process.stdout), err: write(process.stderr) }, env).then(
    (code) => exitAfterFlush(code),
    (error: unknown) => {
      process.stderr.write(`alvh: ${error instanceof Error ? error.message : String(error)}\n`);
      exitAfterFlush(1);
    },
  );
}

/** Waits for stdout/stderr to drain (a piped `--json` output can be large) before exiting. */
function exitAfterFlush(code: number): void {
  process.stdout.write('', () => process.stderr.write('', () => app.exit(code)));
}
