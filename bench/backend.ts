/** Backend figures on a generated ten-year journal: import rate, open time, per-operation latency. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBackend } from '../electron/backend/backend';
import { generateJournal } from './generate-journal';
import { marketCsv } from './market-files';
import { formatTiming, timeRuns } from './stats';

export async function runBackendBench(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'alvh-bench-'));
  try {
    const importer = createBackend({ dbPath: join(dir, 'import.sqlite') });
    const csv = marketCsv('SPX');
    const start = performance.now();
    const summary = await importer.send('market/import', { symbol: 'SPX', csv });
    const ms = performance.now() - start;
    console.log(`market import, SPX_History.csv (${summary.rows} rows): ${ms.toFixed(0)} ms = ${Math.round(summary.rows / (ms / 1000)).toLocaleString('en-US')} rows/s`);
    importer.close();

    const dbPath = join(dir, 'journal.sqlite');
    const generator = createBackend({ dbPath });
    const genStart = performance.now();
    const { portfolioId, asOf } = await generateJournal(generator);
    const counts = generator.context.db.prepare('SELECT (SELECT count(*) FROM layers) AS layers, (SELECT count(*) FROM legs) AS legs, (SELECT count(*) FROM tickets) AS tickets, (SELECT count(*) FROM market_bars) AS bars, (SELECT count(*) FROM notes) AS notes').get();
    console.log(`generated journal in ${((performance.now() - genStart) / 1000).toFixed(1)} s: ${JSON.stringify(counts)}`);
    generator.close();

    const openStart = performance.now();
    const backend = createBackend({ dbPath, now: () => new Date(`${asOf}T20:00:00Z`) });
    await backend.send('layer/list', { portfolioId });
    await backend.send('dashboard/get', { portfolioId });
    console.log(`open the journal + dashboard (cold: reads 36 years of closes, 2,500 layers): ${(performance.now() - openStart).toFixed(1)} ms`);
    console.log(formatTiming('dashboard/get (20 open layers, 400-point curves)', await timeRuns(30, () => backend.send('dashboard/get', { portfolioId }))));
    console.log(formatTiming('rules/prompts', await timeRuns(30, () => backend.send('rules/prompts', { portfolioId }))));
    console.log(formatTiming('layer/list all 2,500 layers (CLI, export)', await timeRuns(30, () => backend.send('layer/list', { portfolioId }))));
    console.log(formatTiming('layer/list open layers (UI)', await timeRuns(100, () => backend.send('layer/list', { portfolioId, status: 'open' }))));
    console.log(formatTiming('layer/list closed, page of 100 (UI)', await timeRuns(100, () => backend.send('layer/list', { portfolioId, status: 'closed', limit: 100 }))));
    const openLayer = (await backend.send('layer/list', { portfolioId, status: 'open', limit: 1 }))[0];
    if (openLayer) console.log(formatTiming('layer/get (one layer with tickets)', await timeRuns(100, () => backend.send('layer/get', { layerId: openLayer.id }))));
    console.log(formatTiming('portfolio/list', await timeRuns(100, () => backend.send('portfolio/list', {}))));
    console.log(formatTiming('market/list VIX (all)', await timeRuns(30, () => backend.send('market/list', { symbol: 'VIX' }))));
    console.log(formatTiming('note/list (5,000 notes)', await timeRuns(30, () => backend.send('note/list', { portfolioId }))));
    backend.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
