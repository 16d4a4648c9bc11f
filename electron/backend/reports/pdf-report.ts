/**
 * The PDF report, drawn with pdfkit in the built-in Helvetica (black on white, 9 pt and up).
 * Deterministic for the same data: the "generated for" date is passed in and also used as
 * the PDF's creation date, so the renderer never reads the clock.
 */
import PDFDocument from 'pdfkit';
import { drawBacktest } from './pdf-backtest';
import { drawPayoffChart } from './pdf-chart';
import { BODY_SIZE, MARGINS, PAPER_SIZES, contentWidth, ensureSpace, sectionHeading, stampPage, type Paper } from './pdf-layout';
import { drawDecisions, drawLayers, drawNotes, drawSummary, drawTickets } from './pdf-sections';
import type { ReportData } from './report-data';

export interface PdfReportOptions {
  paper: Paper;
  /** YYYY-MM-DD printed in every page's header. */
  generatedOn: string;
}

const CHART_HEIGHT = 250;

/** The whole PDF in memory (the app's export hands it to the save dialog). */
export async function renderPdfReport(data: ReportData, options: PdfReportOptions): Promise<Buffer> {
  const chunks: Buffer[] = [];
  await writePdfReport(data, options, (chunk) => chunks.push(chunk));
  return Buffer.concat(chunks);
}

/**
 * Draws the report page by page, each page written to `sink` as soon as the next one starts
 * (pdfkit without `bufferPages`), so memory stays flat whatever the journal's size. "Page N
 * of M" needs M before page 1 is written: a first pass draws into a sink that keeps nothing
 * and only counts pages (stamps are at fixed places, so they never move the flow).
 */
export async function writePdfReport(data: ReportData, options: PdfReportOptions, sink: (chunk: Buffer) => void): Promise<void> {
  const pageCount = await drawReport(data, options, 0, () => undefined);
  await drawReport(data, options, pageCount, sink);
}

/** Draws the whole report into `sink`; resolves with its number of pages. */
function drawReport(data: ReportData, options: PdfReportOptions, pageCount: number, sink: (chunk: Buffer) => void): Promise<number> {
  const created = new Date(`${options.generatedOn}T00:00:00Z`);
  const doc = new PDFDocument({
    size: PAPER_SIZES[options.paper], margins: MARGINS,
    info: { Title: `ALVH Journal report: ${data.portfolio.name}`, Author: 'ALVH Journal', CreationDate: created, ModDate: created },
  });
  let pages = 1;
  const done = new Promise<number>((resolve, reject) => {
    doc.on('data', sink);
    doc.on('end', () => resolve(pages));
    doc.on('error', reject);
  });
  const { from, to } = data.range;
  const header = {
    title: `ALVH Journal report: ${data.portfolio.name}`,
    subtitle: `Range: ${from ?? 'start'} to ${to ?? `${data.summary.asOf} (today)`}  |  Paper: ${options.paper === 'a4' ? 'A4' : 'Letter'}`,
    right: `Generated for ${options.generatedOn}`,
  };
  doc.font('Helvetica').fontSize(BODY_SIZE).fillColor('black');
  stampPage(doc, header, 1, pageCount);
  doc.on('pageAdded', () => {
    pages += 1;
    stampPage(doc, header, pages, pageCount);
  });
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
  doc.end();
  return done;
}
