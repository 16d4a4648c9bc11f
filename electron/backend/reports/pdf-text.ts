/**
 * Drawing and measuring user text in the PDF with font fallback (pdf-text-runs.ts): Latin in
 * Helvetica, everything else in the embedded wide font (pdf-wide-font.ts), as one flow that
 * wraps like a single string. Text Helvetica can draw whole takes pdfkit's plain path.
 */
import { textRuns, type TextRun } from './pdf-text-runs';
import { useWideFont, wideFontHas } from './pdf-wide-font';

export type BaseFont = 'Helvetica' | 'Helvetica-Bold';
type TextOptions = PDFKit.Mixins.TextOptions;

/** pdfkit's internal flow (what its own heightOfString uses), driven here across font runs. */
interface TextFlow {
  _text(text: string, x: TextOptions | number | undefined, y: number | undefined, options: TextOptions | undefined, onLine: () => void): void;
}

/** Plain ASCII and Latin-1 letters: the common case, no run splitting needed. */
const PLAIN = /^[\x20-\x7e\u00a0-\u00ff\n]*$/u;

function runsOf(doc: PDFKit.PDFDocument, text: string): TextRun[] {
  if (PLAIN.test(text)) return [{ text, font: 'base' }];
  const runs = textRuns(text, (c) => wideFontHas(doc, c));
  return runs.length > 0 ? runs : [{ text: '', font: 'base' }];
}

function setFont(doc: PDFKit.PDFDocument, run: TextRun, base: BaseFont): void {
  if (run.font === 'wide') useWideFont(doc);
  else doc.font(base);
}

/** Draws `text` at (x, y) like `doc.text`, switching fonts per run; leaves `base` as the current font. */
export function drawText(doc: PDFKit.PDFDocument, text: string, base: BaseFont, x: number, y: number, options: TextOptions = {}): void {
  const runs = runsOf(doc, text);
  runs.forEach((run, i) => {
    setFont(doc, run, base);
    const runOptions = { ...options, continued: i < runs.length - 1 };
    if (i === 0) doc.text(run.text, x, y, runOptions);
    else doc.text(run.text, runOptions);
  });
  doc.font(base);
}

/** Width of `text` on one line, in points, at the current size. */
export function widthOf(doc: PDFKit.PDFDocument, text: string, base: BaseFont): number {
  let width = 0;
  for (const run of runsOf(doc, text)) {
    setFont(doc, run, base);
    width += doc.widthOfString(run.text);
  }
  doc.font(base);
  return width;
}

/** Height `drawText` would take with these options (pdfkit's heightOfString, across runs); draws nothing. */
export function heightOf(doc: PDFKit.PDFDocument, text: string, base: BaseFont, options: TextOptions = {}): number {
  const runs = runsOf(doc, text);
  const only = runs[0];
  if (runs.length === 1 && only?.font === 'base') return doc.font(base).heightOfString(only.text, options);
  const { x, y } = doc;
  const lineGap = options.lineGap ?? 0;
  const onLine = () => { doc.y += doc.currentLineHeight(true) + lineGap; };
  const flow = doc as unknown as TextFlow;
  runs.forEach((run, i) => {
    setFont(doc, run, base);
    // height: Infinity, as heightOfString: measuring never starts a page. Later runs continue the first one's flow.
    const runOptions = { ...options, height: Infinity, continued: i < runs.length - 1 };
    if (i === 0) flow._text(run.text, x, y, runOptions, onLine);
    else flow._text(run.text, runOptions, undefined, undefined, onLine);
  });
  const height = doc.y - y;
  doc.x = x;
  doc.y = y;
  doc.font(base);
  return height;
}
