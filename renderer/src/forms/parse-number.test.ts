import { describe, expect, it } from 'vitest';
import { parseContracts, parseNumber, parsePct, parseQuantity, parseStrike } from './parse-number';

describe('number fields', () => {
  it('parseNumber takes plain decimals only', () => {
    expect([parseNumber('60'), parseNumber(' -2.5 '), parseNumber('.5'), parseNumber('+3.')]).toEqual([60, -2.5, 0.5, 3]);
    expect([parseNumber(''), parseNumber('1e3'), parseNumber('1,000'), parseNumber('abc'), parseNumber('-')]).toEqual([null, null, null, null, null]);
  });

  it('parsePct takes 0–100 with at most two decimals', () => {
    expect([parsePct('12.5'), parsePct('0'), parsePct('100'), parsePct('33.33')]).toEqual([12.5, 0, 100, 33.33]);
    expect([parsePct('100.01'), parsePct('-1'), parsePct('12.345'), parsePct('')]).toEqual([null, null, null, null]);
  });

  it('parseQuantity takes a whole count from 1 to 100,000', () => {
    expect([parseQuantity('1'), parseQuantity(' 3 '), parseQuantity('100000')]).toEqual([1, 3, 100_000]);
    expect([parseQuantity('0'), parseQuantity('100001'), parseQuantity('2.5'), parseQuantity('-1'), parseQuantity('')]).toEqual([null, null, null, null, null]);
  });

  it('parseStrike gives hundredths of a point above zero', () => {
    expect([parseStrike('5900'), parseStrike('5900.5'), parseStrike('5,900')]).toEqual([590_000, 590_050, 590_000]);
    expect([parseStrike('0'), parseStrike('-5900'), parseStrike('5900.125'), parseStrike('')]).toEqual([null, null, null, null]);
  });

  it('parseContracts takes a signed non-zero whole number', () => {
    expect([parseContracts('+2'), parseContracts('-1'), parseContracts(' 2 ')]).toEqual([2, -1, 2]);
    expect([parseContracts('0'), parseContracts('1.5'), parseContracts(''), parseContracts('99999999999999999')]).toEqual([null, null, null, null]);
  });
});
