/**
 * The PDF's wide font: GNU UnifontEX (npm `@fontsource/unifontex`, SIL Open Font License 1.1),
 * one font with a glyph for every Unicode BMP character and most emoji, monochrome. Embedded
 * and subset (only the glyphs a report uses), and loaded only by a report that needs it.
 *
 * The font has no OpenType layout tables, so fontkit draws every run left to right; a run of
 * Hebrew or Arabic (pdf-text-runs.ts keeps them apart) is turned around here, line by line,
 * keeping each letter's combining marks after it, and Arabic letters are drawn in their joined
 * forms (arabic-joining.ts) while the PDF's text layer keeps the letters typed.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { shapeArabic } from './arabic-joining';
import { isStrongRtl } from './pdf-text-runs';
import { woffToSfnt } from './woff-to-sfnt';

export const WIDE_FONT = 'ALVH-Wide';
const FONT_FILE = '@fontsource/unifontex/files/unifontex-latin-400-normal.woff';

interface Glyph { codePoints: number[] }
interface LaidOut { glyphs: Glyph[] | null; positions: unknown[] | null; advanceWidth: number }
/** The parts of pdfkit's embedded font (its `_font`) used here. */
interface PdfkitFont {
  font?: { characterSet?: number[] };
  layout(text: string, features?: unknown, onlyWidth?: boolean): LaidOut;
}

let sfnt: Buffer | null = null;
let coverage: ReadonlySet<number> | null = null;
const registered = new WeakSet<PDFKit.PDFDocument>();
const turned = new WeakSet<PdfkitFont>();

/** The font as a plain TrueType file (the package ships WOFF), read once per process. */
function fontData(): Buffer {
  sfnt ??= woffToSfnt(readFileSync(createRequire(__filename).resolve(FONT_FILE)));
  return sfnt;
}

const currentFont = (doc: PDFKit.PDFDocument) => (doc as unknown as { _font: PdfkitFont })._font;

/** Whether the wide font has a glyph for `c` (loads it into `doc` the first time it is asked). */
export function wideFontHas(doc: PDFKit.PDFDocument, c: string): boolean {
  if (coverage === null) {
    const before = currentFont(doc);
    useWideFont(doc);
    coverage = new Set(currentFont(doc).font?.characterSet ?? []);
    (doc as unknown as { _font: PdfkitFont })._font = before;
  }
  return coverage.has(c.codePointAt(0) ?? -1);
}

/** Makes the wide font `doc`'s current font. */
export function useWideFont(doc: PDFKit.PDFDocument): void {
  if (!registered.has(doc)) {
    doc.registerFont(WIDE_FONT, fontData());
    registered.add(doc);
  }
  doc.font(WIDE_FONT);
  const font = currentFont(doc);
  if (!turned.has(font)) {
    turned.add(font);
    const layout = font.layout.bind(font);
    // pdfkit lays out each line's fragment through here: a right-to-left run is turned around per line.
    font.layout = (text, features, onlyWidth) => {
      if (![...text].some(isStrongRtl)) return layout(text, features, onlyWidth);
      const shaped = shapeArabic(text);
      const result = layout(shaped.text, features, onlyWidth);
      return onlyWidth ? result : rightToLeft(typedAs(result, shaped.sources));
    };
  }
}

/** The glyphs of presentation forms, each saying (for copy and search) the letters it was made from. */
function typedAs(run: LaidOut, sources: readonly number[][]): LaidOut {
  if (!run.glyphs) return run;
  // fontkit shares one glyph object per id, so the letters go on a view of it, not on the glyph itself.
  return { ...run, glyphs: run.glyphs.map((glyph, k) => Object.create(glyph, { codePoints: { value: sources[k] ?? glyph.codePoints } }) as Glyph) };
}

/** Reverses the glyphs (and their positions) cluster by cluster: a base glyph and the marks after it stay in that order. */
function rightToLeft(run: LaidOut): LaidOut {
  const { glyphs, positions } = run;
  if (!glyphs || !positions) return run;
  const clusters: number[][] = [];
  glyphs.forEach((glyph, i) => {
    const isMark = glyph.codePoints.length > 0 && glyph.codePoints.every((cp) => /\p{M}/u.test(String.fromCodePoint(cp)));
    const last = clusters.at(-1);
    if (isMark && last) last.push(i);
    else clusters.push([i]);
  });
  const order = clusters.reverse().flat();
  return { glyphs: order.map((i) => glyphs[i] as Glyph), positions: order.map((i) => positions[i]), advanceWidth: run.advanceWidth };
}
