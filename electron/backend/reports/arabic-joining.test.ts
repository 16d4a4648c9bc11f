import { describe, expect, it } from 'vitest';
import { shapeArabic } from './arabic-joining';

const hex = (s: string) => [...s].map((c) => (c.codePointAt(0) ?? 0).toString(16).toUpperCase());

describe('shapeArabic (presentation forms by the joining rules)', () => {
  it('joins مرحبا: meem initial, reh final (right-joining), hah initial, beh medial, alef final', () => {
    expect(hex(shapeArabic('مرحبا').text)).toEqual(['FEE3', 'FEAE', 'FEA3', 'FE92', 'FE8E']);
  });

  it('a lone letter is isolated; a word break (space) separates forms', () => {
    expect(hex(shapeArabic('ب ب').text)).toEqual(['FE8F', '20', 'FE8F']);
    expect(hex(shapeArabic('بب').text)).toEqual(['FE91', 'FE90']);
    expect(hex(shapeArabic('ببب').text)).toEqual(['FE91', 'FE92', 'FE90']);
  });

  it('lam + alef is the ligature, final when joined to the letter before; it keeps both letters as its source', () => {
    const salam = shapeArabic('سلام');
    expect(hex(salam.text)).toEqual(['FEB3', 'FEFC', 'FEE1']);
    expect(salam.sources[1]).toEqual([0x644, 0x627]);
    expect(hex(shapeArabic('لا').text)).toEqual(['FEFB']);
  });

  it('harakat are transparent to joining and stay after their letter; other scripts pass through', () => {
    expect(hex(shapeArabic('بَب').text)).toEqual(['FE91', '64E', 'FE90']);
    expect(shapeArabic('abc שלום 12').text).toBe('abc שלום 12');
  });
});
