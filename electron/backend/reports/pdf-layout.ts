/**
 * Page geometry and furniture of the PDF report: paper sizes, margins, the header and the
 * "Page n of m" footer stamped on every page once the page count is known, and the page-break
 * rule every block follows (break before a block that does not fit, never inside a row).
 */

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
  doc.font('Helvetica-Bold').fontSize(HEADING_SIZE).fillColor('black').text(pdfText(text), MARGINS.left, doc.y, { width: contentWidth(doc) });
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
  doc.fillColor('black').font('Helvetica-Bold').fontSize(11).text(pdfText(header.title), MARGINS.left, 22, { width, lineBreak: false });
  doc.font('Helvetica').fontSize(SMALL_SIZE).text(pdfText(header.right), MARGINS.left, 24, { width, align: 'right', lineBreak: false });
  doc.text(pdfText(header.subtitle), MARGINS.left, 38, { width, lineBreak: false });
  doc.lineWidth(0.7).strokeColor('black').moveTo(MARGINS.left, 52).lineTo(MARGINS.left + width, 52).stroke();
  doc.text(`Page ${pageNumber} of ${pageCount}`, MARGINS.left, doc.page.height - 36, { width, align: 'center', lineBreak: false });
  doc.page.margins.bottom = bottom;
  Object.assign(state, { _font: saved.font, _fontSize: saved.size, _fillColor: saved.fill });
  doc.x = saved.x;
  doc.y = saved.y;
}

/** WinAnsi characters that stand in for common Unicode the built-in PDF fonts cannot draw. */
const REPLACEMENTS: Record<string, string> = { '\u2212': '-', '\u2192': '->', '\u2190': '<-', '\u2264': '<=', '\u2265': '>=', '\u03a3': 'Sum ', '\u0394': 'Delta ', '\u00d7': 'x' };
/** Characters of Windows-1252 above Latin-1 (quotes, dashes, euro, bullet, ellipsis...). */
const WIN_ANSI_EXTRA = '\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178';

/** Text the standard PDF fonts can draw: known symbols spelled out, anything else outside Windows-1252 as "?". */
export function pdfText(text: string): string {
  return [...text].map((c) => REPLACEMENTS[c] ?? (c.charCodeAt(0) <= 0xff || WIN_ANSI_EXTRA.includes(c) ? c : '?')).join('');
}
