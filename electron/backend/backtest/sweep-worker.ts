/**
 * A sweep worker thread (bundled to dist/sweep-worker.cjs): parses the SPX/VIX CSV texts once,
 * then runs every job it receives and replies with the metrics.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runBacktest } from '../../../shared/backtest';
import { parseMarketCsv } from '../../../shared/import/market-csv';
import type { SweepReply, SweepRequest, SweepWorkerData } from './sweep-protocol';

function closes(symbol: string, text: string) {
  const parsed = parseMarketCsv(text);
  if (!parsed.ok) throw new Error(`${symbol} closes did not parse: ${parsed.issues.map((i) => `${i.path}: ${i.message}`).slice(0, 3).join('; ')}`);
  return parsed.closes;
}

const port = parentPort;
if (port === null) throw new Error('sweep-worker must run in a worker thread');
const data = workerData as SweepWorkerData;
const spx = closes('SPX', data.spxCsv);
const vix = closes('VIX', data.vixCsv);

port.on('message', ({ index, job }: SweepRequest) => {
  let reply: SweepReply;
  try {
    const result = runBacktest({ spx, vix, from: job.from, to: job.to, settings: job.settings, options: job.options });
    const summary = { from: result.from, to: result.to, days: result.days, strategies: result.strategies.map((s) => ({ id: s.id, metrics: s.metrics })) };
    reply = { index, ok: true, result: job.full === true ? { ...summary, full: result } : summary };
  } catch (error) {
    reply = { index, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
