import { runCli } from './run-cli';

runCli(process.argv.slice(2), { out: (line) => process.stdout.write(`${line}\n`), err: (line) => process.stderr.write(`${line}\n`) }).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    process.stderr.write(`alvh: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
