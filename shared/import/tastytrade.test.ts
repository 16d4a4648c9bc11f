import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDollars } from '../money';
import { parseTimestamp } from '../dates';
import { parseTastytradeCsv } from './tastytrade-csv';
import { planTastytradeImport, type JournalState, type OpenLayer, type TastytradeImportSummary } from './tastytrade';

const SAMPLE = readFileSync(join(__dirname, '../../electron/backend/testing/fixtures/tastytrade-sample.csv'), 'utf8');
const HEADER = SAMPLE.split('\n')[0] ?? '';
const EMPTY: JournalState = { openLayers: [], importedOrders: new Set() };

function plan(csv: string, journal: JournalState = EMPTY): TastytradeImportSummary {
  const result = planTastytradeImport(csv, journal);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.summary;
}

function issues(csv: string, journal: JournalState = EMPTY) {
  const result = planTastytradeImport(csv, journal);
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.issues;
}

/** The sample with line `n` (1-based) replaced. */
function withLine(n: number, text: string): string {
  const lines = SAMPLE.split('\n');
  lines[n - 1] = text;
  return lines.join('\n');
}

describe('tastytrade CSV parsing', () => {
  it('reads the SPX option rows and their expirations, and counts the rest as skipped', () => {
    const parsed = parseTastytradeCsv(SAMPLE);
    if (!parsed.ok) throw new Error('sample rejected');
    expect(parsed.fills).toHaveLength(16);
    expect(parsed.skipped).toEqual([
      { reason: 'money movement (deposits, interest, fees)', count: 2, lines: [14, 24] },
      { reason: 'not an SPX/SPXW option (QQQ)', count: 1, lines: [19] },
    ]);
    // Receive Deliver rows: no order number, the Action empty or naming the side removed.
    expect(parsed.deliveries.map((d) => [d.line, d.side, d.right, d.strikeHundredths, d.quantity, d.valueCents, d.key])).toEqual([
      [2, 'long', 'call', 585000, 1, 0, '2024-09-20 SPXW240920C05850000 Expiration'],
      [3, 'short', 'call', 580000, 1, 0, '2024-09-20 SPXW240920C05800000 Expiration'],
      [4, null, 'put', 525000, 1, 0, '2024-09-20 SPXW240920P05250000 Expiration'],
      [5, null, 'put', 520000, 1, 0, '2024-09-20 SPXW240920P05200000 Expiration'],
    ]);
    expect(parsed.deliveries[0]).toMatchObject({ date: '2024-09-20', subType: 'Expiration', underlying: 'SPXW', expiration: '2024-09-20', feesCents: 0 });
    expect(parsed.fills[0]).toMatchObject({
      line: 6, date: '2024-07-25', action: 'BUY_TO_CLOSE', underlying: 'SPXW', right: 'put', strikeHundredths: 520000, expiration: '2024-08-16',
      quantity: 1, valueCents: -50000, feesCents: 66, orderNumber: '331000003',
    });
  });

  it('dates trades in New York whatever the exporter\'s time zone', () => {
    // 17:45:30 at +02:00 is 15:45:30 UTC = 11:45:30 EDT, still the 25th in New York.
    expect(parseTimestamp('2024-07-25T17:45:30+0200')).toBe(Date.UTC(2024, 6, 25, 15, 45, 30));
    // 03:15 on the 21st in New Zealand (+12:00) is 11:15 on the 20th in New York.
    const nz = parseTastytradeCsv(withLine(20, (SAMPLE.split('\n')[19] ?? '').replace('2024-07-01T10:32:10-0400', '2024-07-02T03:15:45+1200')));
    expect(nz.ok && nz.fills.find((f) => f.line === 20)?.date).toBe('2024-07-01');
    expect(parseTimestamp('2024-02-30T10:00:00-0500')).toBeNull();
    expect(parseTimestamp('07/01/2024 10:32')).toBeNull();
  });

  it('reads dollars exactly: signs, thousands, "--", sub-cent fees', () => {
    expect(parseDollars('-2,123.32', false)).toBe(-212332);
    expect(parseDollars('"25,000.00"'.replace(/"/g, ''), false)).toBe(2_500_000);
    expect(parseDollars('--', true)).toBe(0);
    expect(parseDollars('--', false)).toBeNull();
    expect(parseDollars('0.1519999999999999', true)).toBe(15);
    expect(parseDollars('1.2.3', true)).toBeNull();
  });
});

describe('tastytrade import plan (the sample: open, partial close, roll, expiration)', () => {
  it('opens one condor, closes half, rolls the rest into a linked condor, which expires', () => {
    const summary = plan(SAMPLE);
    expect(summary.orders).toBe(3);
    expect(summary.deliveries).toBe(4);
    expect(summary.duplicates).toEqual([]);
    // Order 331000001, 2 condors of 5150/5200/5750/5800 (16 Aug):
    // credit per condor = 14.20 − 10.60 + 6.30 − 3.90 = 6.00 points;
    // from the file: Value 2840 − 2120 + 1260 − 780 = $1,200 = 120,000 ¢ ÷ (100 × 2) = 600 hundredths.
    // Fees: 4 legs × ($2.00 commissions + $1.32 fees) = $13.28 = 1,328 ¢.
    expect(summary.layers[0]).toMatchObject({
      kind: 'condor', openedOn: '2024-07-01', expiration: '2024-08-16', quantity: 2, netPriceHundredths: 600, feesCents: 1328, role: 'base', rolledFrom: null,
      strikes: { putLong: 515000, putShort: 520000, callShort: 575000, callLong: 580000 }, lines: [20, 21, 22, 23],
    });
    // Order 331000002 closes 1 of 2: −910 + 620 − 240 + 90 = −$440 = −44,000 ¢ ÷ (100 × 1) = −440 (a 4.40 debit);
    // fees 4 × $0.66 = 264 ¢ (tastytrade charges no commission to close).
    // Order 331000003 is the roll: closing legs −500 + 310 − 120 + 40 = −$270 → −270 (2.70 debit), fees 264 ¢;
    // opening legs 1850 − 1490 + 980 − 710 = +$630 → 630 (6.30 credit), fees 4 × $1.66 = 664 ¢.
    expect(summary.tickets.map((t) => [t.date, t.action, t.layerLabel, t.quantity, t.netPriceHundredths, t.feesCents, t.orderNumber])).toEqual([
      ['2024-07-01', 'open', 'new layer 1', 2, 600, 1328, '331000001'],
      ['2024-07-17', 'close', 'new layer 1', 1, -440, 264, '331000002'],
      ['2024-07-25', 'roll', 'new layer 1', 1, -270, 264, '331000003'],
      ['2024-07-25', 'open', 'new layer 2', 1, 630, 664, '331000003'],
      // The four legs of the rolled condor expired worthless: one expire ticket for its unit, at 0.
      ['2024-09-20', 'expire', 'new layer 2', 1, 0, 0, ''],
    ]);
    expect(summary.tickets[4]).toMatchObject({ lines: [2, 3, 4, 5], legs: [], brokerKeys: expect.arrayContaining(['2024-09-20 SPXW240920P05250000 Expiration']) as string[] });
    expect(summary.tickets[4]?.brokerKeys).toHaveLength(4);
    expect(summary.layers[1]).toMatchObject({
      kind: 'condor', expiration: '2024-09-20', quantity: 1, netPriceHundredths: 630, role: 'base', rolledFrom: { kind: 'new', index: 0 },
      strikes: { putLong: 520000, putShort: 525000, callShort: 580000, callLong: 585000 },
    });
    expect(summary.skipped.map((s) => s.count)).toEqual([2, 1]);
    expect(summary.warnings).toEqual([]);
  });

  it('skips orders and expirations already imported and blocks repeated in the file', () => {
    const first = plan(SAMPLE);
    const imported = new Set(first.tickets.flatMap((t) => t.brokerKeys ?? [t.orderNumber]));
    expect(imported.size).toBe(7);
    const again = plan(SAMPLE, { openLayers: [], importedOrders: imported });
    expect(again.tickets).toEqual([]);
    expect(again.duplicates.map((d) => [d.orderNumber, d.reason])).toEqual([
      ['2024-09-20 SPXW240920C05850000 Expiration', 'already imported'], ['2024-09-20 SPXW240920C05800000 Expiration', 'already imported'],
      ['2024-09-20 SPXW240920P05250000 Expiration', 'already imported'], ['2024-09-20 SPXW240920P05200000 Expiration', 'already imported'],
      ['331000003', 'already imported'], ['331000002', 'already imported'], ['331000001', 'already imported'],
    ]);
    expect(again.skipped).toHaveLength(2);
    // Two overlapping exports pasted together: the partial close and an expiration appear twice.
    const sampleLines = SAMPLE.split('\n');
    const doubled = plan(`${SAMPLE}${[...sampleLines.slice(14, 18), sampleLines[3]].join('\n')}\n`);
    expect(doubled.tickets).toHaveLength(5);
    expect(doubled.duplicates).toEqual([
      { orderNumber: '331000002', lines: [25, 26, 27, 28], reason: 'repeated in the file (same rows as lines 15–18)' },
      { orderNumber: '2024-09-20 SPXW240920P05250000 Expiration', lines: [29], reason: 'repeated in the file (same row as line 4)', delivery: true },
    ]);
  });

  it('recognises repeated rows by their identity even where two blocks of an order touch', () => {
    // (head -23 S; sed -n 20,24p S): the opening order's block is repeated right at the seam.
    const lines = SAMPLE.split('\n');
    const overlap = `${[...lines.slice(0, 23), ...lines.slice(19, 24)].join('\n')}\n`;
    const summary = plan(overlap);
    expect(summary.layers[0]).toMatchObject({ quantity: 2, netPriceHundredths: 600, feesCents: 4 * 332 });
    expect(summary.tickets.filter((t) => t.action === 'open').map((t) => t.quantity)).toEqual([2, 1]);
    expect(summary.duplicates).toEqual([
      { orderNumber: '331000001', lines: [24, 25, 26, 27], reason: 'repeated in the file (same rows as lines 20–23)' },
    ]);
    // The same rows anywhere else in the file, in another order, are duplicates too.
    const shuffled = `${[...lines.slice(0, 24), lines[21], lines[19]].join('\n')}\n`;
    expect(plan(shuffled).layers[0]).toMatchObject({ quantity: 2 });
    expect(plan(shuffled).duplicates.map((d) => d.lines)).toEqual([[25, 26]]);
  });

  it('attaches closes to a layer already in the journal, matched by its legs', () => {
    const existing: OpenLayer = {
      id: 7, role: 'base', openedOn: '2024-07-01', openQuantity: 2, isCondor: true,
      legs: [
        { key: 'id:1', underlying: 'SPXW', right: 'put', side: 'long', strikeHundredths: 515000, expiration: '2024-08-16', open: 2 },
        { key: 'id:2', underlying: 'SPXW', right: 'put', side: 'short', strikeHundredths: 520000, expiration: '2024-08-16', open: -2 },
        { key: 'id:3', underlying: 'SPXW', right: 'call', side: 'short', strikeHundredths: 575000, expiration: '2024-08-16', open: -2 },
        { key: 'id:4', underlying: 'SPXW', right: 'call', side: 'long', strikeHundredths: 580000, expiration: '2024-08-16', open: 2 },
      ],
    };
    const summary = plan(SAMPLE, { openLayers: [existing], importedOrders: new Set(['331000001']) });
    expect(summary.tickets.map((t) => [t.action, t.layerLabel, t.quantity])).toEqual([['close', 'layer 7', 1], ['roll', 'layer 7', 1], ['open', 'new layer 1', 1], ['expire', 'new layer 1', 1]]);
    expect(summary.layers[0]?.rolledFrom).toEqual({ kind: 'existing', layerId: 7 });
  });

  it('closing only the put spread is an adjust ticket naming those legs', () => {
    const lines = SAMPLE.split('\n');
    const csv = [HEADER, lines[14], lines[15], ...lines.slice(19, 23)].join('\n');
    const summary = plan(csv);
    const adjust = summary.tickets[1];
    // 1 unit of puts closed out of 2 units: −910 + 620 = −$290 over the layer's 2 units → −145 per unit.
    expect(adjust).toMatchObject({ action: 'adjust', quantity: 2, netPriceHundredths: -145, legs: [{ key: 'new:0:1', quantity: 1 }, { key: 'new:0:0', quantity: -1 }] });
  });

  it('sums split fills of one leg and reports a net price rounded to the hundredth', () => {
    const lines = SAMPLE.split('\n');
    // The short put's 2 contracts filled as 1 @ 14.20 and 1 @ 14.25: Value 1420 + 1425 = $2,845 →
    // condor credit (2845 − 2120 + 1260 − 780) = $1,205 = 120,500 ¢ ÷ 200 = 602.5 → 603 (half away from zero).
    const split = (lines[19] ?? '').replace('Sold 2', 'Sold 1').replace(',2840.00,2,1420.00,-2.00,-1.32,', ',1420.00,1,1420.00,-1.00,-0.66,');
    const split2 = split.replace('1420.00,1,1420.00', '1425.00,1,1425.00');
    const summary = plan([HEADER, split, split2, ...lines.slice(20, 23)].join('\n'));
    expect(summary.layers[0]).toMatchObject({ quantity: 2, netPriceHundredths: 603, feesCents: 1328 });
    // The short put's own price is the average of its two fills, 14.225 → 14.23; with the other
    // legs (10.60, 6.30, 3.90) it makes 14.23 − 10.60 + 6.30 − 3.90 = 6.03, the rounded net exactly.
    expect(summary.warnings).toEqual([
      { path: 'lines 2–6', message: 'order #331000001: net price 602.5000 hundredths rounded to 603' },
      { path: 'lines 2–6', message: 'order #331000001: 5200P 2024-08-16: average fill 14.2250 rounded to 14.23' },
    ]);
    expect(summary.tickets[0]?.legPrices?.map((l) => [l.key, l.priceHundredths, l.quantity])).toEqual([
      ['new:0:0', 1060, 2], ['new:0:1', 1423, -2], ['new:0:2', 630, -2], ['new:0:3', 390, 2],
    ]);
  });
});

describe('malformed files are rejected with line numbers', () => {
  it('a missing required column', () => {
    const csv = SAMPLE.replace(',Order #,', ',Order,');
    expect(issues(csv)).toEqual([{ path: 'line 1', message: expect.stringContaining('missing column "Order #"') as string }]);
  });

  it('a bad number, a bad date, an unknown action, a truncated row', () => {
    const row = SAMPLE.split('\n')[15] ?? '';
    let csv = withLine(16, row.replace(',620.00,', ',6x0.00,'));
    csv = csv.replace('2024-07-17T14:05:00-0400,Trade,Buy to Close,BUY_TO_CLOSE,SPXW  240816P', '2024-07-17 14:05,Trade,Buy to Close,BUY_TO_CLOSE,SPXW  240816P');
    csv = csv.replace('BUY_TO_CLOSE,SPXW  240816C05750000', 'BUY_TO_COVER,SPXW  240816C05750000');
    const lines = csv.split('\n');
    lines[17] = (lines[17] ?? '').split(',').slice(0, 9).join(',');
    expect(issues(lines.join('\n'))).toEqual([
      { path: 'line 8', message: 'unknown Action "BUY_TO_COVER" (expected SELL_TO_OPEN, BUY_TO_OPEN, BUY_TO_CLOSE, SELL_TO_CLOSE)' },
      { path: 'line 15', message: 'Date "2024-07-17 14:05" is not a timestamp like 2024-07-01T15:32:10-0400' },
      { path: 'line 16', message: 'Value "6x0.00" is not an amount in dollars' },
      { path: 'line 18', message: 'expected 21 columns, found 9 (a truncated row?)' },
    ]);
  });

  it('a closing order that matches no open legs', () => {
    const lines = SAMPLE.split('\n');
    expect(issues([HEADER, ...lines.slice(14, 18)].join('\n'))).toEqual([{
      path: 'lines 2–5',
      message: 'order #331000002: closes 1 × 5200P 2024-08-16 short, 1 × 5150P 2024-08-16 long, 1 × 5750C 2024-08-16 short, 1 × 5800C 2024-08-16 long, but no open layer holds those legs',
    }]);
  });

  it('a symbol that disagrees with its columns, an empty order number', () => {
    const row = SAMPLE.split('\n')[19] ?? '';
    const csv = withLine(20, row.replace(',5200,PUT,', ',5205,PUT,')).replace(',331000002,-910.66,', ',,-910.66,');
    expect(issues(csv).map((i) => i.path)).toEqual(['line 15', 'line 20']);
  });
});

describe('expirations and cash settlements (Receive Deliver rows)', () => {
  const lines = SAMPLE.split('\n');
  /** The sample's 20 Sep expiration rows, `edit`ed: [5850C, 5800C, 5250P, 5200P]. */
  const expirations = (edit: (row: string, i: number) => string = (row) => row) => lines.slice(1, 5).map(edit);
  const settleShortPut = (row: string) => row.includes('P05250000')
    // SPX settled at 5247.50: the short 5250 put is assigned for 2.50 × 100 = $250, a $5.00 fee.
    ? row.replace(',Expiration,,', ',Cash Settled Assignment,BUY_TO_CLOSE,').replace(',0.00,1,0.00,--,0.00,', ',-250.00,1,250.00,--,-5.00,')
    : row;
  const condor = (id: number, quantity: number): OpenLayer => ({
    id, role: 'base', openedOn: '2024-07-25', openQuantity: quantity, isCondor: true,
    legs: [[520000, 'put', 'long'], [525000, 'put', 'short'], [580000, 'call', 'short'], [585000, 'call', 'long']].map(([strike, right, side], i) => ({
      key: `id:${id * 10 + i}`, underlying: 'SPXW', right: right as 'put' | 'call', side: side as 'long' | 'short', strikeHundredths: strike as number, expiration: '2024-09-20',
      open: (side === 'long' ? 1 : -1) * quantity,
    })),
  });

  it('a cash-settled short put and three worthless legs are one settle ticket at the cash', () => {
    const summary = plan([HEADER, ...expirations(settleShortPut)].join('\n'), { openLayers: [condor(7, 1)], importedOrders: new Set() });
    expect(summary.orders).toBe(0);
    expect(summary.tickets).toEqual([expect.objectContaining({
      action: 'settle', layer: { kind: 'existing', layerId: 7 }, date: '2024-09-20', quantity: 1, netPriceHundredths: -250, feesCents: 500, lines: [2, 3, 4, 5], legs: [],
    })]);
    expect(summary.tickets[0]?.brokerKeys).toContain('2024-09-20 SPXW240920P05250000 Cash Settled Assignment');
  });

  it('one row for two layers holding the same contract is split between them, its cash pro rata', () => {
    const two = expirations((row) => settleShortPut(row).replace('Removal of 1.0', 'Removal of 2.0').replace(/,(-?\d+\.\d\d),1,/, (_m, value: string) => `,${(Number(value) * 2).toFixed(2)},2,`));
    const summary = plan([HEADER, ...two].join('\n'), { openLayers: [condor(7, 1), condor(8, 1)], importedOrders: new Set() });
    expect(summary.tickets.map((t) => [t.action, t.layerLabel, t.quantity, t.netPriceHundredths, t.feesCents])).toEqual([['settle', 'layer 7', 1, -250, 250], ['settle', 'layer 8', 1, -250, 250]]);
  });

  it('only some legs removed: an adjust ticket naming them; the layer stays open', () => {
    const calls = plan([HEADER, ...expirations().slice(0, 2)].join('\n'), { openLayers: [condor(7, 2)], importedOrders: new Set() });
    expect(calls.tickets).toEqual([expect.objectContaining({ action: 'adjust', quantity: 2, netPriceHundredths: 0, legs: [{ key: 'id:73', quantity: -1 }, { key: 'id:72', quantity: 1 }] })]);
  });

  it('legs no open layer holds are reported as skipped; other deliveries are skipped; a bad Action is an error', () => {
    const summary = plan([HEADER, ...expirations()].join('\n'));
    expect(summary.tickets).toEqual([]);
    expect(summary.skipped).toEqual([{ reason: expect.stringContaining('no open layer holds') as string, count: 4, lines: [2, 3, 4, 5] }]);
    const split = plan([HEADER, (lines[1] ?? '').replace(',Expiration,', ',Forward Split,')].join('\n'));
    expect(split.skipped).toEqual([{ reason: 'delivered by the broker ("Forward Split"): record it with a ticket', count: 1, lines: [2] }]);
    expect(issues([HEADER, (lines[1] ?? '').replace(',SELL_TO_CLOSE,', ',SELL_TO_OPEN,')].join('\n'))).toEqual([
      { path: 'line 2', message: 'unknown Action "SELL_TO_OPEN" for a delivery (expected none, BUY_TO_CLOSE or SELL_TO_CLOSE)' },
    ]);
  });
});

describe('per-leg fill prices', () => {
  const lines = SAMPLE.split('\n');
  /** The opening order of the sample (lines 20–23) at 3 contracts per leg with the given Value cells. */
  function threeLot(values: [string, string, string, string]): string {
    const cells = [',2840.00,2,1420.00,', ',-2120.00,2,-1060.00,', ',1260.00,2,630.00,', ',-780.00,2,-390.00,'];
    return [HEADER, ...[19, 20, 21, 22].map((n, i) => (lines[n] ?? '').replace(cells[i] ?? '', `,${values[i]},3,0.00,`))].join('\n');
  }

  it('keeps every leg of the sample\'s orders at its own row\'s price, making each net exactly', () => {
    const summary = plan(SAMPLE);
    const priced = summary.tickets.map((tk) => [tk.action, tk.netPriceHundredths, tk.legPrices?.map((l) => `${l.quantity > 0 ? '+' : ''}${l.quantity}@${l.priceHundredths}`)]);
    // Read off the CSV rows: 331000001 sold 5200P @ 14.20, bought 5150P @ 10.60, sold 5750C @ 6.30,
    // bought 5800C @ 3.90 (2 each); 331000002 closed at 9.10 / 6.20 / 2.40 / 0.90; 331000003 closed
    // at 5.00 / 3.10 / 1.20 / 0.40 and opened 5200P @ 14.90, 5250P @ 18.50, 5800C @ 9.80, 5850C @ 7.10.
    expect(priced).toEqual([
      ['open', 600, ['+2@1060', '-2@1420', '-2@630', '+2@390']],
      ['close', -440, ['+1@910', '-1@620', '+1@240', '-1@90']],
      ['roll', -270, ['+1@500', '-1@310', '+1@120', '-1@40']],
      ['open', 630, ['+1@1490', '-1@1850', '-1@980', '+1@710']],
      ['expire', 0, undefined],
    ]);
    expect(summary.warnings).toEqual([]);
  });

  it('rejects an order whose rounded leg averages miss its net by more than a hundredth, naming its lines', () => {
    // Averages 14.204, 10.605, 6.304, 3.905 per contract: net (4261.20 − 3181.50 + 1891.20 − 1171.50) / 300 = 5.998 → 6.00,
    // but the legs round to 14.20 − 10.61 + 6.30 − 3.91 = 5.98: two hundredths apart.
    expect(issues(threeLot(['4261.20', '-3181.50', '1891.20', '-1171.50']))).toEqual([{
      path: 'lines 2–5',
      message: 'order #331000001: the legs\' own prices make a net of 5.98 per unit, but the ticket\'s net is 6.00 (they must agree within 0.01) — the leg rows do not add up to the order',
    }]);
  });

  it('imports an order one hundredth off by rounding, with a warning, keeping the net', () => {
    // 14.204 − 10.605 + 6.30 − 3.90 = 5.999 → net 6.00; the legs round to 14.20 − 10.61 + 6.30 − 3.90 = 5.99.
    const summary = plan(threeLot(['4261.20', '-3181.50', '1890.00', '-1170.00']));
    expect(summary.tickets[0]).toMatchObject({ netPriceHundredths: 600, quantity: 3 });
    expect(summary.tickets[0]?.legPrices?.map((l) => l.priceHundredths)).toEqual([1061, 1420, 630, 390]);
    expect(summary.warnings.map((w) => w.message)).toContain('order #331000001: the legs\' own prices make 5.9900 per unit, the net is 6.00 (rounding; the net is kept)');
  });
});
