/**
 * The combined payoff chart as vector lines: P&L in dollars (y) against SPX (x) for each of
 * the dashboard's curves, with labelled axes, the zero line, the spot level and a legend.
 * Curves differ by dash pattern as well as colour so a black-and-white print tells them apart.
 */
import type { CurveId } from '../../../shared/dashboard';
import { SMALL_SIZE, pdfText } from './pdf-layout';
import { formatWholeDollars } from '../../../shared/format/money';
import type { ReportPayoff } from './report-data';

export interface ChartBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

const STYLES: Record<CurveId, { color: string; width: number; dash: [number, number] | null }> = {
  t0: { color: '#000000', width: 1.6, dash: null },
  front: { color: '#1f4e9c', width: 1.3, dash: [6, 3] },
  last: { color: '#7a1f1f', width: 1.3, dash: [2, 2] },
  custom: { color: '#2e6b2e', width: 1.3, dash: [8, 2] },
};

/** About `count` round tick values covering [min, max] (1, 2 or 5 × 10^k apart). */
export function niceTicks(min: number, max: number, count: number): number[] {
  const span = max - min || Math.abs(max) || 1;
  const raw = span / Math.max(1, count);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((m) => m * magnitude >= raw) ?? 10) * magnitude;
  const ticks: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) ticks.push(Math.abs(v) < step * 1e-9 ? 0 : v);
  return ticks;
}

const dollarsLabel = (v: number) => pdfText(formatWholeDollars(v));
const spxLabel = (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: 0 });

/** Draws the chart in `box` (legend included) and returns the height used. */
export function drawPayoffChart(doc: PDFKit.PDFDocument, payoff: ReportPayoff, box: ChartBox): number {
  const legendHeight = 18;
  const plot = { left: box.x + 58, top: box.y + 6, right: box.x + box.width - 10, bottom: box.y + box.height - legendHeight - 26 };
  const xMin = Math.min(...payoff.grid);
  const xMax = Math.max(...payoff.grid);
  const values = payoff.curves.flatMap((c) => c.pnlDollars);
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  // 6% headroom so a flat max profit or max loss does not sit on the frame.
  const pad = (high - low || 1) * 0.06;
  const yMin = low - pad;
  const yMax = high + pad;
  const yTicks = niceTicks(yMin, yMax, 6);
  const px = (v: number) => plot.left + ((v - xMin) / (xMax - xMin || 1)) * (plot.right - plot.left);
  const py = (v: number) => plot.bottom - ((v - yMin) / (yMax - yMin || 1)) * (plot.bottom - plot.top);

  doc.save();
  doc.font('Helvetica').fontSize(SMALL_SIZE).fillColor('black');
  // Grid and tick labels.
  doc.lineWidth(0.3).strokeColor('#c8c8c8');
  for (const v of yTicks) {
    doc.moveTo(plot.left, py(v)).lineTo(plot.right, py(v)).stroke();
    doc.text(dollarsLabel(v), box.x, py(v) - 4, { width: 54, align: 'right', lineBreak: false });
  }
  for (const v of niceTicks(xMin, xMax, 7)) {
    doc.moveTo(px(v), plot.top).lineTo(px(v), plot.bottom).stroke();
    doc.text(spxLabel(v), px(v) - 25, plot.bottom + 4, { width: 50, align: 'center', lineBreak: false });
  }
  doc.text('SPX', plot.left, plot.bottom + 15, { width: plot.right - plot.left, align: 'center', lineBreak: false });
  // Axes and the zero line.
  doc.lineWidth(0.8).strokeColor('black').rect(plot.left, plot.top, plot.right - plot.left, plot.bottom - plot.top).stroke();
  doc.lineWidth(0.8).dash(3, { space: 2 }).moveTo(plot.left, py(0)).lineTo(plot.right, py(0)).stroke().undash();
  if (payoff.spot !== null && payoff.spot >= xMin && payoff.spot <= xMax) {
    doc.lineWidth(0.6).strokeColor('#555555').dash(1, { space: 2 }).moveTo(px(payoff.spot), plot.top).lineTo(px(payoff.spot), plot.bottom).stroke().undash();
    doc.fillColor('#333333').text(`spot ${spxLabel(payoff.spot)}`, px(payoff.spot) + 3, plot.bottom - 12, { lineBreak: false }).fillColor('black');
  }
  // Curves, clipped to the plot.
  doc.save().rect(plot.left, plot.top, plot.right - plot.left, plot.bottom - plot.top).clip();
  for (const curve of payoff.curves) {
    const style = STYLES[curve.id];
    doc.lineWidth(style.width).strokeColor(style.color);
    if (style.dash) doc.dash(style.dash[0], { space: style.dash[1] });
    curve.pnlDollars.forEach((v, i) => {
      const x = px(payoff.grid[i] ?? xMin);
      if (i === 0) doc.moveTo(x, py(v));
      else doc.lineTo(x, py(v));
    });
    doc.stroke().undash();
  }
  doc.restore();
  // Legend: a line sample and the curve's label (which names its date).
  let x = plot.left;
  const y = box.y + box.height - legendHeight / 2;
  for (const curve of payoff.curves) {
    const style = STYLES[curve.id];
    doc.lineWidth(style.width).strokeColor(style.color);
    if (style.dash) doc.dash(style.dash[0], { space: style.dash[1] });
    doc.moveTo(x, y).lineTo(x + 22, y).stroke().undash();
    const label = pdfText(curve.label);
    doc.fillColor('black').text(label, x + 26, y - 4, { lineBreak: false });
    x += 26 + doc.widthOfString(label) + 16;
  }
  doc.restore();
  return box.height;
}
