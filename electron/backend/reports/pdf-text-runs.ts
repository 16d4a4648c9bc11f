/**
 * Splits a line of user text into runs by font, so the PDF draws Latin in its built-in
 * Helvetica and everything else (CJK, Hebrew, Arabic, symbols, emoji) in the embedded wide font.
 *
 * - A character Helvetica can draw (Windows-1252) stays in Helvetica; a few common symbols are
 *   spelled out (− → "-", ≤ → "<="), as the report always did.
 * - Any other character the wide font has goes to a wide run; one neither font has becomes "?".
 * - Right-to-left text: a span that starts and ends with a Hebrew or Arabic letter, with only
 *   such letters, combining marks, spaces and punctuation between, is its own run (its brackets
 *   mirrored), so the wide font can lay it out right to left (pdf-wide-font.ts). Digits or Latin
 *   letters end the span: this is not the full Unicode bidi algorithm (docs/reports.md).
 * Variation selectors (U+FE0E/U+FE0F) are dropped: the wide font's emoji are monochrome anyway.
 */

export type RunFont = 'base' | 'wide';

export interface TextRun {
  text: string;
  font: RunFont;
}

/** WinAnsi characters that stand in for common Unicode the built-in PDF fonts cannot draw. */
const REPLACEMENTS: Readonly<Record<string, string>> = { '\u2212': '-', '\u2192': '->', '\u2190': '<-', '\u2264': '<=', '\u2265': '>=', '\u03a3': 'Sum ', '\u0394': 'Delta ', '\u00d7': 'x' };
/** Characters of Windows-1252 above Latin-1 (quotes, dashes, euro, bullet, ellipsis...). */
const WIN_ANSI_EXTRA = '\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178';
const VARIATION_SELECTOR = /[\uFE0E\uFE0F]/gu;
const STRONG_RTL = /^[\p{Script=Hebrew}\p{Script=Arabic}]$/u;
const LETTER = /^\p{L}$/u;
const MARK = /^\p{M}$/u;
/** Bidi-neutral characters that may sit inside a right-to-left span (spaces and punctuation). */
const NEUTRAL = /^[\p{Zs}\p{P}]$/u;
const MIRRORED: Readonly<Record<string, string>> = { '(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '<': '>', '>': '<', '\u00ab': '\u00bb', '\u00bb': '\u00ab' };

/** True when Helvetica (WinAnsi) can draw `c` as it is. */
export function baseCanDraw(c: string): boolean {
  const code = c.codePointAt(0) ?? 0;
  return (code <= 0xff && code !== 0x7f && !(code >= 0x80 && code < 0xa0)) || WIN_ANSI_EXTRA.includes(c);
}

export const isStrongRtl = (c: string) => STRONG_RTL.test(c) && LETTER.test(c);

/** Text the standard PDF fonts can draw: known symbols spelled out, anything else outside Windows-1252 as "?". */
export function pdfText(text: string): string {
  return [...text].map((c) => REPLACEMENTS[c] ?? (baseCanDraw(c) ? c : '?')).join('');
}

/** The runs of `text`, in logical order; `wideHas` tells whether the wide font has a character. */
export function textRuns(text: string, wideHas: (c: string) => boolean): TextRun[] {
  const chars = [...text.replace(VARIATION_SELECTOR, '')];
  const runs: (TextRun & { rtl: boolean })[] = [];
  const push = (piece: string, font: RunFont, separate = false) => {
    const last = runs.at(-1);
    if (last && last.font === font && !separate && !last.rtl) last.text += piece;
    else runs.push({ text: piece, font, rtl: separate });
  };
  for (let i = 0; i < chars.length;) {
    const end = rtlSpanEnd(chars, i, wideHas);
    if (end > i) {
      push(chars.slice(i, end).map((c) => MIRRORED[c] ?? c).join(''), 'wide', true);
      i = end;
      continue;
    }
    const c = chars[i] ?? '';
    const replaced = REPLACEMENTS[c];
    if (replaced !== undefined || baseCanDraw(c)) push(replaced ?? c, 'base');
    else if (wideHas(c)) push(c, 'wide');
    else push('?', 'base');
    i += 1;
  }
  return runs.map(({ text: t, font }) => ({ text: t, font }));
}

/**
 * Where a right-to-left span starting at `start` ends (exclusive), or `start` when none starts
 * there: from a strong RTL letter to the last strong RTL letter (or its marks) reached through
 * RTL letters, marks and neutrals only.
 */
function rtlSpanEnd(chars: readonly string[], start: number, wideHas: (c: string) => boolean): number {
  const first = chars[start] ?? '';
  if (!isStrongRtl(first) || !wideHas(first)) return start;
  let end = start + 1;
  for (let j = start + 1; j < chars.length; j += 1) {
    const c = chars[j] ?? '';
    if (!wideHas(c)) break;
    if (isStrongRtl(c) || (MARK.test(c) && end === j)) end = j + 1;
    else if (!NEUTRAL.test(c) && !MARK.test(c)) break;
  }
  return end;
}
