/**
 * The backtest block of the PDF report (when ReportData carries one): a line of context, a small
 * equity chart of the four strategies, and their figures side by side. Lines differ by dash as
 * well as colour so a black-and-white print tells them apart. Figures use the report's formats.
 */
import type { BacktestResult, StrategyId, StrategyResult } from '../../../shared/backtest';
import { niceTicks, type ChartBox } from './pdf-chart';
import { BODY_SIZE, MARGINS, SMALL_SIZE, contentWidth, ensureSpace, pdfText } from './pdf-layout';
import { drawTable, type PdfColumn } from './pdf-table';
import { reportMoney, reportPercent } from './report-format';
import { centsToDollars } from '../../../shared/money';

export const STRATEGY_NAMES: Record<StrategyId, string> = {
  alvh: 'ALVH',
  'alvh-no-hedge': 'ALVH without hedge',
  'monthly-condor': 'Plain monthly condor',
  'buy-and-hold': 'Buy-and-hold SPX',
};

const STYLES: Record<StrategyId, { color: string; width: number; dash: [number, number] | null }> = {
  alvh: { color: '#000000', width: 1.5, dash: null },
  'alvh-no-hedge': { color: '#1f4e9c', width: 1.1, dash: [6, 3] },
  'monthly-condor': { color: '#7a1f1f', width: 1.1, dash: [2, 2] },
  'buy-and-hold': { color: '#666666', width: 1.1, dash: [8, 2] },
};

const ratio = (x: number | null) => (x === null ? 'n/a' : x.toFixed(2));
/** An annualised figure, or "ruined D" for a ruined run (none is given then). */
const annual = (s: StrategyResult, x: number | null) => (s.metrics.ruinedOn === null ? reportPercent(x) : `ruined ${s.metrics.ruinedOn}`);
const days = (x: number | null) => (x === null ? 'n/a' : x.toFixed(1));

/** The side-by-side rows as printed: label, then one cell per strategy. Tests read the PDF text with these. */
export function backtestRows(result: BacktestResult): string[][] {
  const row = (label: string, f: (s: StrategyResult) => string) => [label, ...result.strategies.map(f)];
  const years = [...new Set(result.strategies.flatMap((s) => s.metrics.stress.map((x) => x.year)))].sort();
  return [
    row('End equity', (s) => reportMoney(centsToDollars(s.metrics.endEquityCents))),
    row('IRR', (s) => annual(s, s.metrics.irr)),
    row('WACC', (s) => reportPercent(s.metrics.wacc)),
    row('IRR - WACC', (s) => reportPercent(s.metrics.irrMinusWacc)),
    row('Annualised return', (s) => annual(s, s.metrics.annualReturn)),
    row('Volatility', (s) => annual(s, s.metrics.annualVol)),
    row('Sharpe', (s) => (s.metrics.ruinedOn === null ? ratio(s.metrics.sharpe) : `ruined ${s.metrics.ruinedOn}`)),
    row('Sortino', (s) => (s.metrics.ruinedOn === null ? ratio(s.metrics.sortino) : `ruined ${s.metrics.ruinedOn}`)),
    row('Max drawdown', (s) => reportPercent(s.metrics.maxDrawdown)),
    row('Drawdown days', (s) => String(s.metrics.maxDrawdownDays)),
    row('Worst month', (s) => (s.metrics.worstMonth === null ? 'n/a' : `${reportPercent(s.metrics.worstMonth.return)} ${s.metrics.worstMonth.month}`)),
    row('Ruined on', (s) => s.metrics.ruinedOn ?? 'never'),
    row('Win rate', (s) => reportPercent(s.metrics.winRate)),
    row('Avg days in trade', (s) => days(s.metrics.avgDaysInTrade)),
    row('P&L VIX < 15', (s) => reportMoney(centsToDollars(s.metrics.regimes.low.pnlCents))),
    row('P&L VIX 15-25', (s) => reportMoney(centsToDollars(s.metrics.regimes.mid.pnlCents))),
    row('P&L VIX > 25', (s) => reportMoney(centsToDollars(s.metrics.regimes.high.pnlCents))),
    ...years.map((year) => row(`Return ${year}`, (s) => reportPercent(s.metrics.stress.find((x) => x.year === year)?.return ?? null))),
    row('Fees', (s) => reportMoney(centsToDollars(s.metrics.feesCents))),
  ];
}

/**
 * One strategy's per-year rows as printed (shared/backtest/yearly.ts): year, start equity, P&L,
 * return, condor P&L, hedge spend, hedge payout, fees, max drawdown.
 */
export function yearRows(strategy: StrategyResult): string[][] {
  const money = (cents: number) => reportMoney(cents / 100);
  return strategy.years.map((y) => [
    String(y.year), money(y.startEquityCents), money(y.pnlCents), reportPercent(y.return),
    money(y.condorPnlCents), money(y.hedgeSpendCents), money(y.hedgePayoutCents), money(y.feesCents), reportPercent(y.maxDrawdown),
  ]);
}

const YEAR_COLUMNS: PdfColumn[] = [
  { header: 'Year', weight: 0.6 }, { header: 'Start equity', weight: 1, align: 'right' }, { header: 'P&L', weight: 1, align: 'right' }, { header: 'Return', weight: 0.8, align: 'right' },
  { header: 'Condor P&L', weight: 1, align: 'right' }, { header: 'Hedge spend', weight: 1, align: 'right' }, { header: 'Hedge payout', weight: 1, align: 'right' }, { header: 'Fees', weight: 0.9, align: 'right' }, { header: 'Max DD', weight: 0.8, align: 'right' },
];

/** The per-year table of every strategy, each under its name, with what the run could not do. */
function drawYears(doc: PDFKit.PDFDocument, result: BacktestResult): void {
  const width = contentWidth(doc);
  for (const strategy of result.strategies) {
    if (strategy.years.length === 0) continue;
    doc.moveDown(0.6);
    ensureSpace(doc, BODY_SIZE * 6);
    doc.font('Helvetica-Bold').fontSize(BODY_SIZE).text(pdfText(`Per year: ${STRATEGY_NAMES[strategy.id]}`), MARGINS.left, doc.y, { width });
    doc.font('Helvetica');
    drawTable(doc, YEAR_COLUMNS, yearRows(strategy));
    for (const note of strategy.notes) doc.fontSize(SMALL_SIZE).text(pdfText(note), MARGINS.left, doc.y, { width }).fontSize(BODY_SIZE);
  }
}

/** "base-layer 36/36, add-layer 64/64, …": ALVH's rule prompts (days fired / trades made). */
export function ruleLine(result: BacktestResult): string {
  const alvh = result.strategies.find((s) => s.id === 'alvh');
  if (!alvh) return '';
  return Object.entries(alvh.ruleFired).filter(([rule, n]) => n > 0 || alvh.ruleActed[rule as keyof typeof alvh.ruleActed] > 0)
    .map(([rule, n]) => `${rule} ${n}/${alvh.ruleActed[rule as keyof typeof alvh.ruleActed]}`).join(', ');
}

const dollarsLabel = (v: number) => `$${Math.round(v / 1000).toLocaleString('en-US')}k`;

/** Equity ($) of every strategy against time, at most ~600 points each. */
function drawEquityChart(doc: PDFKit.PDFDocument, result: BacktestResult, box: ChartBox): void {
  const legendHeight = 16;
  const plot = { left: box.x + 50, top: box.y + 4, right: box.x + box.width - 8, bottom: box.y + box.height - legendHeight - 16 };
  const curves = result.strategies;
  const n = curves[0]?.equity.length ?? 0;
  const step = Math.max(1, Math.ceil(n / 600));
  const values = curves.flatMap((s) => s.equity.map((p) => centsToDollars(p.equityCents)));
  const yTicks = niceTicks(Math.min(...values), Math.max(...values), 5);
  const yMin = Math.min(yTicks[0] ?? 0, ...values);
  const yMax = Math.max(yTicks[yTicks.length - 1] ?? 1, ...values);
  const px = (i: number) => plot.left + (i / Math.max(1, n - 1)) * (plot.right - plot.left);
  const py = (v: number) => plot.bottom - ((v - yMin) / (yMax - yMin || 1)) * (plot.bottom - plot.top);
  const dates = curves[0]?.equity.map((p) => p.date) ?? [];

  doc.save();
  doc.font('Helvetica').fontSize(SMALL_SIZE).fillColor('black');
  doc.lineWidth(0.3).strokeColor('#c8c8c8');
  for (const v of yTicks) {
    if (v < yMin || v > yMax) continue;
    doc.moveTo(plot.left, py(v)).lineTo(plot.right, py(v)).stroke();
    doc.text(dollarsLabel(v), box.x, py(v) - 4, { width: 46, align: 'right', lineBreak: false });
  }
  // A tick at each January (every few years on a long run).
  const years = dates.map((d, i) => ({ year: Number(d.slice(0, 4)), i })).filter((d, k, all) => k === 0 || d.year !== all[k - 1]?.year);
  const every = Math.max(1, Math.ceil(years.length / 10));
  let lastLabel = -Infinity;
  years.filter((_, k) => k % every === 0).forEach(({ year, i }) => {
    doc.moveTo(px(i), plot.top).lineTo(px(i), plot.bottom).stroke();
    // A run that starts late in a year puts two labels side by side: keep the first.
    if (px(i) - lastLabel < 34) return;
    lastLabel = px(i);
    doc.text(String(year), px(i) - 15, plot.bottom + 3, { width: 30, align: 'center', lineBreak: false });
  });
  doc.lineWidth(0.8).strokeColor('black').rect(plot.left, plot.top, plot.right - plot.left, plot.bottom - plot.top).stroke();
  doc.save().rect(plot.left, plot.top, plot.right - plot.left, plot.bottom - plot.top).clip();
  for (const s of curves) {
    const style = STYLES[s.id];
    doc.lineWidth(style.width).strokeColor(style.color);
    if (style.dash) doc.dash(style.dash[0], { space: style.dash[1] });
    s.equity.forEach((p, i) => {
      if (i % step !== 0 && i !== n - 1) return;
      if (i === 0) doc.moveTo(px(i), py(centsToDollars(p.equityCents)));
      else doc.lineTo(px(i), py(centsToDollars(p.equityCents)));
    });
    doc.stroke().undash();
  }
  doc.restore();
  let x = plot.left;
  const y = box.y + box.height - legendHeight / 2;
  for (const s of curves) {
    const style = STYLES[s.id];
    doc.lineWidth(style.width).strokeColor(style.color);
    if (style.dash) doc.dash(style.dash[0], { space: style.dash[1] });
    doc.moveTo(x, y).lineTo(x + 22, y).stroke().undash();
    const label = pdfText(STRATEGY_NAMES[s.id]);
    doc.fillColor('black').text(label, x + 26, y - 4, { lineBreak: false });
    x += 26 + doc.widthOfString(label) + 16;
  }
  doc.restore();
}

const CHART_HEIGHT = 190;

/** Context line, chart, side-by-side table and the ALVH rule counts. */
export function drawBacktest(doc: PDFKit.PDFDocument, result: BacktestResult): void {
  const width = contentWidth(doc);
  doc.font('Helvetica').fontSize(BODY_SIZE).fillColor('black')
    .text(pdfText(`${result.from} to ${result.to}: ${result.days.toLocaleString('en-US')} trading days, capital ${reportMoney(centsToDollars(result.options.capitalCents))}, slippage ${result.options.spxSlippagePoints} pts per SPX contract per leg. A model on daily closes (docs/backtest.md), not a record of fills.`), MARGINS.left, doc.y, { width });
  doc.moveDown(0.4);
  ensureSpace(doc, CHART_HEIGHT);
  // The chart's labels move doc.y; the table starts below the chart's box, not below its last label.
  const chartTop = doc.y;
  drawEquityChart(doc, result, { x: MARGINS.left, y: chartTop, width, height: CHART_HEIGHT });
  doc.x = MARGINS.left;
  doc.y = chartTop + CHART_HEIGHT + 8;
  const columns: PdfColumn[] = [{ header: 'Figure', weight: 1.3 }, ...result.strategies.map((s): PdfColumn => ({ header: STRATEGY_NAMES[s.id], weight: 1, align: 'right' }))];
  drawTable(doc, columns, backtestRows(result));
  const rules = ruleLine(result);
  if (rules !== '') {
    doc.moveDown(0.4);
    ensureSpace(doc, BODY_SIZE * 3);
    doc.font('Helvetica').fontSize(SMALL_SIZE).text(pdfText(`ALVH rule prompts (days fired/trades made): ${rules}`), MARGINS.left, doc.y, { width });
    doc.fontSize(BODY_SIZE);
  }
  drawYears(doc, result);
}
