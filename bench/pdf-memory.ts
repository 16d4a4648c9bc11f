/**
 * Peak memory of `alvh report --format pdf` on the ten-year journal, measured in its own
 * process (the kernel's maxRSS of the CLI, printed by a preload at exit), so the bench's own
 * heap does not count. Issue 16: under 400 MiB whatever the journal's size.
 */
import { spawnSync } from 'node:child_process';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PRELOAD = "process.on('exit', () => process.stderr.write(`maxRSS ${process.resourceUsage().maxRSS}\\n`));\n";

export function measurePdfCli(cliPath: string, dbPath: string, portfolio: string, dir: string): { ms: number; peakMiB: number; pages: number; bytes: number } {
  const preload = join(dir, 'max-rss-preload.cjs');
  writeFileSync(preload, PRELOAD);
  const out = join(dir, `report-${Date.now()}.pdf`);
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--require', preload, cliPath, 'report', '--db', dbPath, '--portfolio', portfolio, '--format', 'pdf', '--out', out], { encoding: 'utf8' });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`alvh report failed: ${run.stderr}`);
  const kib = Number(/maxRSS (\d+)/.exec(run.stderr)?.[1] ?? 0);
  const text = spawnSync('pdfinfo', [out], { encoding: 'utf8' }).stdout ?? '';
  return { ms, peakMiB: kib / 1024, pages: Number(/Pages:\s+(\d+)/.exec(text)?.[1] ?? 0), bytes: statSync(out).size };
}
