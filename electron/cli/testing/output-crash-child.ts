/**
 * Child process for the output crash test (electron/backend/crash/output-crash.test.ts). It lives
 * beside the CLI because it drives it, and the backend may not import the CLI. It loops on one kind of output — the
 * start-up backup (one new day per round, rotation on), a manual backup, a report (pdf, csv,
 * json through the CLI) or a restore — and between them a journal write. It prints
 * "W <portfolioId>" after a write committed and "O <path>" after an output was complete.
 * The parent SIGKILLs it at random moments.
 */
import { readFileSync } from 'node:fs';
import { runCli } from '../run-cli';
import { createBackend } from '../../backend/backend';
import { startupBackup } from '../../backend/backup/startup-backup';
import { waitJob } from '../../backend/testing/wait-job';

const [dbPath = '', op = '', outDir = '', backupPath = ''] = process.argv.slice(2);
const backupText = backupPath ? readFileSync(backupPath, 'utf8') : '';
let day = Date.UTC(2026, 0, 1) + Math.floor(Math.random() * 3000) * 86_400_000;
const backend = createBackend({ dbPath, now: () => new Date(day), logError: () => undefined });

async function main(): Promise<void> {
  for (let i = 0; ; i += 1) {
    if (op !== 'restore') {
      const p = await backend.send('portfolio/create', { name: `W${process.pid}-${i}`, riskCapitalCents: 100 });
      process.stdout.write(`W ${p.id}\n`);
    }
    const stamp = `${process.pid}-${i}`;
    if (op === 'startup') {
      day += 86_400_000;
      const outcome = startupBackup(backend, { keep: 14 });
      if (outcome.ok) process.stdout.write(`O ${outcome.message}\n`);
    } else if (op === 'manual') {
      const created = await backend.send('backup/create', {});
      process.stdout.write(`O ${created.path}\n`);
    } else if (op === 'restore') {
      const started = await backend.send('backup/restore', { source: { kind: 'json', text: backupText }, replaceExisting: true });
      const done = await waitJob(backend, started);
      process.stdout.write(`O restore ${done.state}\n`);
    } else {
      const out = `${outDir}/report-${stamp}${op === 'csv' ? '' : `.${op}`}`;
      const code = await runCli(['report', '--db', dbPath, '--portfolio', 'Main', '--format', op, '--out', out], { out: () => undefined, err: () => undefined }, {});
      if (code === 0) process.stdout.write(`O ${out}\n`);
    }
  }
}

void main();
