/**
 * Page geometry and furniture of the PDF report: paper sizes, margins, the header and the
 * "Page n of m" footer stamped on every page once the page count is known, and the page-break
 * rule every block follows (break before a block that does not fit, never inside a row).
 */
import { drawText } from './pdf-text';

export type Paper = 'a4' | 'letter';

export const PAPER_SIZES: Record<Paper, string> = { a4: 'A4', letter: 'LETTER' };

/** Points (1/72 in). The top margin leaves room for the two-line header. */
export const MARGINS = { top: 66, bottom: 54, left: 36, right: 36 } as const;

/** Smallest text on the page: readable when printed. */
export const BODY_SIZE = 9.5;
export const SMALL_SIZE = 9;
export const HEADING_SIZE = 13;

export interface PageHeader {
  title: string;
  subtitle: string;
  right: string;
}

export const contentWidth = (doc: PDFKit.PDFDocument) => doc.page.width - MARGINS.left - MARGINS.right;
export const bottomLimit = (doc: PDFKit.PDFDocument) => doc.page.height - MARGINS.bottom;

/** Starts a new page when `height` points do not fit below the cursor. */
export function ensureSpace(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > bottomLimit(doc)) {
    doc.addPage();
    doc.x = MARGINS.left;
    doc.y = MARGINS.top;
  }
}

export function sectionHeading(doc: PDFKit.PDFDocument, text: string, keepWith = 60): void {
  ensureSpace(doc, HEADING_SIZE + 8 + keepWith);
  doc.moveDown(0.6);
  doc.fontSize(HEADING_SIZE).fillColor('black');
  drawText(doc, text, 'Helvetica-Bold', MARGINS.left, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.3);
  doc.font('Helvetica').fontSize(BODY_SIZE);
}

/**
 * Draws the header and footer of the current page, leaving the flow (position, font, size,
 * colour) as it was: called as each page starts, so pages can be written out one by one.
 */
export function stampPage(doc: PDFKit.PDFDocument, header: PageHeader, pageNumber: number, pageCount: number): void {
  const state = doc as unknown as { _font: unknown; _fontSize: number; _fillColor: unknown };
  const saved = { x: doc.x, y: doc.y, font: state._font, size: state._fontSize, fill: state._fillColor };
  // Writing inside the bottom margin would otherwise make pdfkit start a new page.
  const bottom = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;
  const width = contentWidth(doc);
  doc.fillColor('black').fontSize(11);
  drawText(doc, header.title, 'Helvetica-Bold', MARGINS.left, 22, { width, lineBreak: false });
  doc.fontSize(SMALL_SIZE);
  drawText(doc, header.right, 'Helvetica', MARGINS.left, 24, { width, align: 'right', lineBreak: false });
  drawText(doc, header.subtitle, 'Helvetica', MARGINS.left, 38, { width, lineBreak: false });
  doc.lineWidth(0.7).strokeColor('black').moveTo(MARGINS.left, 52).lineTo(MARGINS.left + width, 52).stroke();
  doc.text(`Page ${pageNumber} of ${pageCount}`, MARGINS.left, doc.page.height - 36, { width, align: 'center', lineBreak: false });
  doc.page.margins.bottom = bottom;
  Object.assign(state, { _font: saved.font, _fontSize: saved.size, _fillColor: saved.fill });
  doc.x = saved.x;
  doc.y = saved.y;
}

/** Text the standard PDF fonts can draw (app-made labels); user text goes through pdf-text.ts's font fallback instead. */
export { pdfText } from './pdf-text-runs';
