/**
 * The PDF report, drawn with pdfkit in the built-in Helvetica (black on white, 9 pt and up).
 * Deterministic for the same data: the "generated for" date is passed in and also used as
 * the PDF's creation date, so the renderer never reads the clock.
 */
import PDFDocument from 'pdfkit';
import { drawBacktest } from './pdf-backtest';
import { drawPayoffChart } from './pdf-chart';
import { BODY_SIZE, MARGINS, PAPER_SIZES, contentWidth, ensureSpace, sectionHeading, stampPages, type Paper } from './pdf-layout';
import { drawDecisions, drawLayers, drawNotes, drawSummary, drawTickets } from './pdf-sections';
import type { ReportData } from './report-data';

export interface PdfReportOptions {
  paper: Paper;
  /** YYYY-MM-DD printed in every page's header. */
  generatedOn: string;
}

const CHART_HEIGHT = 250;

export function renderPdfReport(data: ReportData, options: PdfReportOptions): Promise<Buffer> {
  const created = new Date(`${options.generatedOn}T00:00:00Z`);
  const doc = new PDFDocument({
    size: PAPER_SIZES[options.paper], margins: MARGINS, bufferPages: true,
    info: { Title: `ALVH Journal report: ${data.portfolio.name}`, Author: 'ALVH Journal', CreationDate: created, ModDate: created },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font('Helvetica').fontSize(BODY_SIZE).fillColor('black');
  doc.x = MARGINS.left;
  doc.y = MARGINS.top;

  sectionHeading(doc, 'Summary');
  drawSummary(doc, data);
  sectionHeading(doc, `Combined payoff as of ${data.summary.asOf}`, CHART_HEIGHT);
  if (data.payoff.curves.length === 0) {
    doc.text(`No open position on ${data.summary.asOf}: nothing to chart.`, MARGINS.left, doc.y);
  } else {
    ensureSpace(doc, CHART_HEIGHT);
    doc.y += drawPayoffChart(doc, data.payoff, { x: MARGINS.left, y: doc.y, width: contentWidth(doc), height: CHART_HEIGHT });
  }
  sectionHeading(doc, `Layers (${data.layers.length})`);
  drawLayers(doc, data);
  sectionHeading(doc, `Tickets (${data.tickets.length})`);
  drawTickets(doc, data);
  sectionHeading(doc, `Rule decisions (${data.decisions.length})`);
  drawDecisions(doc, data);
  sectionHeading(doc, `Notes (${data.notes.length})`);
  drawNotes(doc, data);
  if (data.backtest) {
    sectionHeading(doc, 'Backtest: ALVH against its baselines', 220);
    drawBacktest(doc, data.backtest);
  }

  const { from, to } = data.range;
  stampPages(doc, {
    title: `ALVH Journal report: ${data.portfolio.name}`,
    subtitle: `Range: ${from ?? 'start'} to ${to ?? `${data.summary.asOf} (today)`}  |  Paper: ${options.paper === 'a4' ? 'A4' : 'Letter'}`,
    right: `Generated for ${options.generatedOn}`,
  });
  doc.end();
  return done;
}
