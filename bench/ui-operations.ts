/**
 * p50 / p95 of every read the UI makes on a ten-year journal (and its small writes), each as
 * the renderer sends it. Operations another build has not added yet are listed as skipped.
 */
import type { Backend } from '../electron/backend/backend';
import { isOperationName } from '../shared/api/contract';
import { addDays } from '../shared/dates';
import { formatTable, timeRuns, type TableRow } from './stats';

/** One frame: the target for an operation on the main process. */
const FRAME_MS = 16;

interface UiCall {
  label: string;
  name: string;
  input: unknown;
  runs?: number;
  /** Not a UI-thread target (an export, a write that waits for the disk). */
  noTarget?: boolean;
}

/** In the API for the CLI and reports; the renderer never calls it (notes are paged through journal/timeline). */
const API_ONLY = ' [API only, no UI target]';

export async function runUiOperationsBench(backend: Backend, portfolioId: number, asOf: string): Promise<TableRow[]> {
  const open = await backend.send('layer/list', { portfolioId, status: 'open', limit: 1 });
  const closed = await backend.send('layer/list', { portfolioId, status: 'closed', limit: 1 });
  const openId = open[0]?.id ?? 1;
  const closedId = closed[0]?.id ?? 1;
  const yearAgo = addDays(asOf, -365);
  const calls: UiCall[] = [
    { label: 'app/info', name: 'app/info', input: {} },
    { label: 'portfolio/list', name: 'portfolio/list', input: {} },
    { label: `portfolio/get${API_ONLY}`, name: 'portfolio/get', input: { portfolioId }, noTarget: true },
    { label: 'dashboard/get (20 open layers, 400-pt curves)', name: 'dashboard/get', input: { portfolioId }, runs: 30 },
    { label: 'dashboard/get vol shift +5, no hedges', name: 'dashboard/get', input: { portfolioId, volShiftPoints: 5, scope: 'no-hedges' }, runs: 30 },
    { label: 'rules/prompts (nine rules)', name: 'rules/prompts', input: { portfolioId }, runs: 30 },
    { label: 'performance/get (all 2,480 closed layers)', name: 'performance/get', input: { portfolioId }, runs: 30 },
    { label: 'layer/list open', name: 'layer/list', input: { portfolioId, status: 'open' } },
    { label: 'layer/list open as of a date (act form)', name: 'layer/list', input: { portfolioId, status: 'open', asOf } },
    { label: 'layer/list closed, page of 100', name: 'layer/list', input: { portfolioId, status: 'closed', limit: 100 } },
    { label: 'layer/list all 2,500 (layers & timeline pages)', name: 'layer/list', input: { portfolioId }, runs: 30 },
    { label: 'layer/options (ticket form layer picker)', name: 'layer/options', input: { portfolioId } },
    { label: 'layer/totals (layers page footer)', name: 'layer/totals', input: { portfolioId } },
    { label: 'layer/get open layer', name: 'layer/get', input: { layerId: openId } },
    { label: 'layer/get closed layer (10 tickets)', name: 'layer/get', input: { layerId: closedId } },
    { label: `layer/snapshot${API_ONLY}`, name: 'layer/snapshot', input: { layerId: openId }, noTarget: true },
    { label: 'layer/story', name: 'layer/story', input: { layerId: closedId } },
    { label: `mark/list (open layer)${API_ONLY}`, name: 'mark/list', input: { layerId: openId }, noTarget: true },
    { label: 'market/list SPX all (24,746 closes)', name: 'market/list', input: { symbol: 'SPX' }, runs: 30 },
    { label: 'market/list VIX all (9,223 closes)', name: 'market/list', input: { symbol: 'VIX' }, runs: 30 },
    { label: 'market/list SPX last year', name: 'market/list', input: { symbol: 'SPX', from: yearAgo, to: asOf } },
    { label: 'event/list all', name: 'event/list', input: {} },
    { label: 'event/list next 30 days (dashboard)', name: 'event/list', input: { from: asOf, to: addDays(asOf, 30) } },
    { label: 'decision/list (1,000 decisions)', name: 'decision/list', input: { portfolioId } },
    { label: `note/list (5,000 notes)${API_ONLY}`, name: 'note/list', input: { portfolioId }, runs: 30, noTarget: true },
    { label: `note/list one layer${API_ONLY}`, name: 'note/list', input: { portfolioId, layerId: openId }, noTarget: true },
    { label: 'journal/timeline first page (200)', name: 'journal/timeline', input: { portfolioId } },
    { label: 'journal/timeline text search', name: 'journal/timeline', input: { portfolioId, text: 'plan' } },
    { label: 'backup/list', name: 'backup/list', input: {} },
    { label: 'mark/set (write, synchronous=FULL)', name: 'mark/set', input: { layerId: openId, date: asOf, priceHundredths: 640 }, noTarget: true },
    { label: 'note/create (write, synchronous=FULL)', name: 'note/create', input: { portfolioId, date: asOf, body: 'bench note' }, noTarget: true },
  ];
  const rows: TableRow[] = [];
  const skipped: string[] = [];
  for (const call of calls) {
    if (!isOperationName(call.name)) {
      skipped.push(call.name);
      continue;
    }
    const first = await backend.call(call.name, call.input);
    if (!first.ok) {
      skipped.push(`${call.name} (${first.error.message.slice(0, 80)})`);
      continue;
    }
    const timing = await timeRuns(call.runs ?? 100, async () => {
      const response = await backend.call(call.name, call.input);
      if (!response.ok) throw new Error(`${call.name}: ${response.error.message}`);
    });
    rows.push({ label: call.label, timing, targetMs: call.noTarget ? undefined : FRAME_MS });
  }
  rows.push(...(await timeAfterTicketWrite(backend, portfolioId, openId)));
  console.log(formatTable(rows));
  if (skipped.length > 0) console.log(`skipped (not in this build's API, or refused): ${[...new Set(skipped)].join(', ')}`);
  const missed = rows.filter((r) => r.targetMs !== undefined && r.timing.p95 > r.targetMs);
  console.log(missed.length === 0 ? `every UI read: p95 < ${FRAME_MS} ms` : `${missed.length} UI operation(s) over ${FRAME_MS} ms at p95: ${missed.map((r) => r.label).join('; ')}`);
  return rows;
}

/**
 * What the user meets right after saving a ticket: every write invalidates the memoised reads,
 * so each run edits a ticket of an open layer (its fees, alternating; untimed, as the save
 * itself is) and then times the read the page makes next.
 */
async function timeAfterTicketWrite(backend: Backend, portfolioId: number, openId: number): Promise<TableRow[]> {
  const layer = await backend.send('layer/get', { layerId: openId });
  const ticket = layer.tickets[0];
  if (!ticket) return [];
  let flip = false;
  const write = async () => {
    flip = !flip;
    await backend.send('ticket/update', { ticketId: ticket.id, feesCents: ticket.feesCents + (flip ? 1 : 0) });
  };
  const reads: UiCall[] = [
    { label: 'performance/get right after a ticket write', name: 'performance/get', input: { portfolioId }, runs: 30 },
    { label: 'dashboard/get right after a ticket write', name: 'dashboard/get', input: { portfolioId }, runs: 30 },
    { label: 'rules/prompts right after a ticket write', name: 'rules/prompts', input: { portfolioId }, runs: 30 },
    { label: 'layer/list open right after a ticket write', name: 'layer/list', input: { portfolioId, status: 'open' }, runs: 30 },
    { label: 'market/list SPX all right after a ticket write', name: 'market/list', input: { symbol: 'SPX' }, runs: 30 },
  ];
  const rows: TableRow[] = [];
  for (const read of reads) {
    const samples: number[] = [];
    for (let i = 0; i < (read.runs ?? 30); i += 1) {
      await write();
      const start = performance.now();
      const response = await backend.call(read.name, read.input);
      samples.push(performance.now() - start);
      if (!response.ok) throw new Error(`${read.name}: ${response.error.message}`);
    }
    samples.sort((a, b) => a - b);
    const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
    rows.push({ label: read.label, timing: { p50: at(0.5), p95: at(0.95), runs: samples.length }, targetMs: FRAME_MS });
  }
  // Leave the ticket as it was.
  if (flip) await write();
  return rows;
}
