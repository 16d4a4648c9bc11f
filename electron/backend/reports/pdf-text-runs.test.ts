import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pdfText, textRuns } from './pdf-text-runs';

/** A stand-in wide font: everything but the private-use area. */
const wideHas = (c: string) => !/\p{Co}/u.test(c);

describe('textRuns (font fallback per run)', () => {
  it('keeps Latin in the base font and sends CJK, symbols and emoji to the wide font', () => {
    expect(textRuns('Roll 日本語 ✓ 😀 ok', wideHas)).toEqual([
      { text: 'Roll ', font: 'base' }, { text: '日本語', font: 'wide' }, { text: ' ', font: 'base' }, { text: '✓', font: 'wide' },
      { text: ' ', font: 'base' }, { text: '😀', font: 'wide' }, { text: ' ok', font: 'base' },
    ]);
  });

  it('makes one right-to-left run of Hebrew and Arabic words with the spaces between them, not the spaces around', () => {
    expect(textRuns('note: שלום עולם, مرحبا done', wideHas)).toEqual([
      { text: 'note: ', font: 'base' }, { text: 'שלום עולם, مرحبا', font: 'wide' }, { text: ' done', font: 'base' },
    ]);
  });

  it('ends a right-to-left run at a digit or a Latin letter (no full bidi) and mirrors brackets inside it', () => {
    expect(textRuns('שלום 42 עולם', wideHas)).toEqual([{ text: 'שלום', font: 'wide' }, { text: ' 42 ', font: 'base' }, { text: 'עולם', font: 'wide' }]);
    expect(textRuns('א (ב) ג', wideHas)).toEqual([{ text: 'א )ב( ג', font: 'wide' }]);
  });

  it('keeps the spelled-out symbols, drops variation selectors, and shows "?" only for what neither font has', () => {
    expect(textRuns('a − b ✓\uFE0F \uE000', wideHas)).toEqual([{ text: 'a - b ', font: 'base' }, { text: '✓', font: 'wide' }, { text: ' ?', font: 'base' }]);
  });

  it('property: text Helvetica can draw comes out as pdfText made it, in one base run', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'abc XYZ 0123.,;:-()é€—"\'') }), (text) => {
      const runs = textRuns(text, wideHas);
      expect(runs.every((r) => r.font === 'base')).toBe(true);
      expect(runs.map((r) => r.text).join('')).toBe(pdfText(text));
    }));
  });

  it('property: no character is lost or turned into "?" when the wide font has it', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'ab 1日本✓😀שלוםمرحبا ,.'), maxLength: 30 }), (text) => {
      const out = textRuns(text, wideHas).map((r) => r.text).join('');
      expect(out).not.toContain('?');
      expect([...out].sort()).toEqual([...text].sort());
    }));
  });
});
