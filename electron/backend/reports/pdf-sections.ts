/** The PDF report's blocks below the header: summary figures and the four tables. */
import type { Leg } from '../../../shared/domain/types';
import { BODY_SIZE, MARGINS, contentWidth, ensureSpace, pdfText } from './pdf-layout';
import { drawTable } from './pdf-table';
import { reportMoney, reportPercent, reportPoints, ruleLabel, subjectLabel } from './report-format';
import { formatStrike } from '../../../shared/format/money';
import type { ReportData } from './report-data';

/** The summary figures as label/value pairs, in the order printed. Tests read the PDF text with these. */
export function summaryRows(data: ReportData): [string, string][] {
  const s = data.summary;
  const dd = s.maxDrawdown;
  return [
    ['Realised P&L (range)', reportMoney(s.realizedPnlDollars)],
    ['Fees (range)', reportMoney(s.feesDollars)],
    ['Trades closed', String(s.trades)],
    ['Win rate', reportPercent(s.winRate)],
    ['Average credit captured', reportPercent(s.averageCaptured)],
    ['Max drawdown', dd === null ? 'none' : `${reportMoney(dd.amountDollars)} (${reportPercent(dd.pct)})`],
    ['Drawdown peak to trough', dd === null ? 'n/a' : `${dd.peakDate ?? 'start'} to ${dd.troughDate}`],
    [`IRR (as of ${s.asOf})`, s.irr === null ? `n/a (${s.irrError ?? 'undefined'})` : reportPercent(s.irr)],
    ['WACC', s.wacc === null ? `n/a (${s.waccError ?? 'undefined'})` : reportPercent(s.wacc)],
    ['IRR - WACC', reportPercent(s.irrMinusWacc)],
    ['Open P&L', reportMoney(s.openPnlDollars)],
    ['Net credit (open layers)', reportMoney(s.netCreditDollars)],
    ['Risk capital', reportMoney(data.portfolio.riskCapitalDollars)],
  ];
}

/** Two columns of label: value pairs. */
export function drawSummary(doc: PDFKit.PDFDocument, data: ReportData): void {
  const rows = summaryRows(data);
  const half = Math.ceil(rows.length / 2);
  const colWidth = contentWidth(doc) / 2;
  const lineHeight = BODY_SIZE + 6;
  ensureSpace(doc, half * lineHeight);
  const top = doc.y;
  let bottom = top;
  rows.forEach(([label, value], i) => {
    const x = MARGINS.left + (i < half ? 0 : colWidth);
    const y = top + (i % half) * lineHeight;
    doc.font('Helvetica').fontSize(BODY_SIZE).fillColor('black').text(pdfText(`${label}:`), x, y, { width: 128, lineBreak: false });
    doc.font('Helvetica-Bold').text(pdfText(value), x + 130, y, { width: colWidth - 136 });
    bottom = Math.max(bottom, doc.y);
  });
  doc.font('Helvetica');
  doc.x = MARGINS.left;
  doc.y = bottom + 4;
}

/** Strikes are whole points almost always: "5500" reads better than "5500.00" in a narrow column. */
const strike = (hundredths: number | null) => (hundredths === null ? '' : formatStrike(hundredths));
/** Put wing, then call wing: the space lets a narrow column wrap between the two. */
const strikes = (s: ReportData['layers'][number]['strikes']) => (s === null ? '' : `${strike(s.putLong)}/${strike(s.putShort)} ${strike(s.callShort)}/${strike(s.callLong)}`);
const cents = (c: number) => reportMoney(c / 100);

export function drawLayers(doc: PDFKit.PDFDocument, data: ReportData): void {
  drawTable(doc, [
    { header: '#', weight: 22 }, { header: 'Role', weight: 50 }, { header: 'Status', weight: 40 }, { header: 'Opened', weight: 60 }, { header: 'Closed', weight: 60 },
    { header: 'Expires', weight: 60 }, { header: 'Strikes', weight: 58 }, { header: 'Qty', weight: 26, align: 'right' }, { header: 'Credit', weight: 38, align: 'right' },
    { header: 'Realised', weight: 60, align: 'right' }, { header: 'Fees', weight: 42, align: 'right' },
  ], data.layers.map((l) => [
    String(l.id), l.role, l.status, l.openedOn, l.closedOn ?? '', l.expiration ?? '', strikes(l.strikes), String(l.openedQuantity), reportPoints(l.openPriceHundredths),
    cents(l.realizedPnlCents), cents(l.feesCents),
  ]));
}

export function drawTickets(doc: PDFKit.PDFDocument, data: ReportData): void {
  const legs = new Map<number, Leg>(data.layers.flatMap((l) => l.legs.map((leg) => [leg.id, leg] as const)));
  const fill = (legId: number, quantity: number) => {
    const leg = legs.get(legId);
    const what = leg === undefined ? `leg ${legId}` : leg.right === null ? (leg.symbol ?? leg.underlying) : `${leg.right === 'put' ? 'P' : 'C'}${strike(leg.strikeHundredths)}`;
    return `${quantity > 0 ? '+' : ''}${quantity} ${what}`;
  };
  drawTable(doc, [
    { header: 'Date', weight: 56, nowrap: true }, { header: 'Ticket', weight: 34 }, { header: 'Layer', weight: 32 }, { header: 'Action', weight: 40 }, { header: 'Qty', weight: 24, align: 'right' },
    { header: 'Price', weight: 38, align: 'right' }, { header: 'Legs', weight: 134 }, { header: 'Premium', weight: 60, align: 'right' }, { header: 'Fees', weight: 44, align: 'right' },
    { header: 'Cash', weight: 60, align: 'right' },
  ], data.tickets.map((t) => [
    t.date, String(t.id), String(t.layerId), t.action, String(t.quantity), reportPoints(t.netPriceHundredths), t.legs.map((l) => fill(l.legId, l.quantity)).join(', '),
    cents(t.cashCents + t.feesCents), cents(t.feesCents), cents(t.cashCents),
  ]));
}

export function drawDecisions(doc: PDFKit.PDFDocument, data: ReportData): void {
  if (data.decisions.length === 0) return noneLine(doc, 'No rule decisions in the range.');
  drawTable(doc, [
    { header: 'Date', weight: 56, nowrap: true }, { header: 'Rule', weight: 60 }, { header: 'Subject', weight: 70 }, { header: 'Layer', weight: 34 }, { header: 'Decision', weight: 52 }, { header: 'Reason', weight: 250 },
  ], data.decisions.map((d) => [
    d.evaluatedOn, ruleLabel(d.ruleId), subjectLabel(d.subject), d.layerId === null ? '' : String(d.layerId), d.decision === 'snoozed' && d.snoozeUntil ? `snoozed to ${d.snoozeUntil}` : d.decision, d.reason || '(no reason given)',
  ]));
}

export function drawNotes(doc: PDFKit.PDFDocument, data: ReportData): void {
  if (data.notes.length === 0) return noneLine(doc, 'No notes in the range.');
  drawTable(doc, [{ header: 'Date', weight: 56, nowrap: true }, { header: 'Layer', weight: 34 }, { header: 'Note', weight: 350 }, { header: 'Tags', weight: 82 }],
    data.notes.map((n) => [n.date, n.layerId === null ? '' : String(n.layerId), n.body, n.tags.join(', ')]));
}

function noneLine(doc: PDFKit.PDFDocument, text: string): void {
  ensureSpace(doc, BODY_SIZE + 4);
  doc.font('Helvetica').fontSize(BODY_SIZE).fillColor('black').text(text, MARGINS.left, doc.y);
}
