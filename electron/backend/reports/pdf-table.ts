/**
 * A plain ruled table for the PDF: a bold header row repeated on every page the table runs
 * onto, cells that wrap inside their column, and rows that never split across pages.
 */
import { BODY_SIZE, MARGINS, contentWidth, ensureSpace } from './pdf-layout';
import { drawText, heightOf, widthOf, type BaseFont } from './pdf-text';

export interface PdfColumn {
  header: string;
  /** Relative width; the columns share the page's content width in proportion. */
  weight: number;
  align?: 'left' | 'right';
  /** Never wrapped (dates: "2026-06-30", not "2026-06 / -30"): as wide as its widest cell, the rest share what is left. */
  nowrap?: boolean;
}

/** Column widths: no-wrap columns fit their widest text; the others share the remaining width by weight. */
function columnWidths(doc: PDFKit.PDFDocument, columns: readonly PdfColumn[], rows: readonly (readonly string[])[], fontSize: number): number[] {
  const natural = (i: number) => {
    doc.fontSize(fontSize);
    let width = widthOf(doc, columns[i]?.header ?? '', 'Helvetica-Bold');
    for (const row of rows) width = Math.max(width, widthOf(doc, row[i] ?? '', 'Helvetica'));
    return width + 2 * PAD_X + 1;
  };
  const fixed = columns.map((c, i) => (c.nowrap ? natural(i) : null));
  const free = contentWidth(doc) - fixed.reduce<number>((s, w) => s + (w ?? 0), 0);
  const totalWeight = columns.reduce((s, c, i) => s + (fixed[i] === null ? c.weight : 0), 0);
  return columns.map((c, i) => fixed[i] ?? (c.weight / totalWeight) * free);
}

const PAD_X = 3;
const PAD_Y = 3;

export function drawTable(doc: PDFKit.PDFDocument, columns: readonly PdfColumn[], rows: readonly (readonly string[])[], fontSize = BODY_SIZE): void {
  const widths = columnWidths(doc, columns, rows, fontSize);
  const rowHeight = (cells: readonly string[], font: BaseFont) => {
    doc.fontSize(fontSize);
    return Math.max(...cells.map((cell, i) => heightOf(doc, cell, font, { width: (widths[i] ?? 0) - 2 * PAD_X }))) + 2 * PAD_Y;
  };
  const drawRow = (cells: readonly string[], font: BaseFont, rule: number) => {
    const height = rowHeight(cells, font);
    const top = doc.y;
    let x = MARGINS.left;
    cells.forEach((cell, i) => {
      const width = widths[i] ?? 0;
      doc.fontSize(fontSize).fillColor('black');
      drawText(doc, cell, font, x + PAD_X, top + PAD_Y, { width: width - 2 * PAD_X, align: columns[i]?.align ?? 'left' });
      x += width;
    });
    doc.lineWidth(rule).strokeColor(rule > 0.5 ? 'black' : '#8c8c8c').moveTo(MARGINS.left, top + height).lineTo(MARGINS.left + contentWidth(doc), top + height).stroke();
    doc.x = MARGINS.left;
    doc.y = top + height;
  };
  const headers = columns.map((c) => c.header);
  const header = () => drawRow(headers, 'Helvetica-Bold', 0.8);
  ensureSpace(doc, rowHeight(headers, 'Helvetica-Bold') + (rows[0] ? rowHeight(rows[0], 'Helvetica') : 0));
  header();
  for (const row of rows) {
    const height = rowHeight(row, 'Helvetica');
    // Pages are written out as they end (no buffering), so a new page is told by identity, not count.
    const page = doc.page;
    ensureSpace(doc, height);
    if (doc.page !== page) header();
    drawRow(row, 'Helvetica', 0.3);
  }
  doc.font('Helvetica').fontSize(BODY_SIZE);
}
