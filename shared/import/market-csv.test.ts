/** Torture tests for the market CSV parser: every malformed shape a real export comes in. */
import { describe, expect, it } from 'vitest';
import { parseMarketCsv, type MarketCsvResult } from './market-csv';

const CBOE = 'DATE,OPEN,HIGH,LOW,CLOSE';
/** Expected closes as [date, close, open?] in hundredths; no open = the layout has none. */
const ok = (closes: [string, number, number?][], extra: Partial<{ rows: number; duplicateRows: number }> = {}): MarketCsvResult => ({
  ok: true,
  closes: closes.map(([date, closeHundredths, openHundredths]) => ({ date, closeHundredths, openHundredths: openHundredths ?? null })),
  rows: extra.rows ?? closes.length,
  duplicateRows: extra.duplicateRows ?? 0,
});
/** The first reported issue as "line N: message". */
const firstIssue = (text: string) => {
  const r = parseMarketCsv(text);
  if (r.ok) throw new Error('expected a rejection');
  return `${r.issues[0]?.path}: ${r.issues[0]?.message}`;
};

describe('market CSV: layouts and line ends', () => {
  const rows = ['01/02/2026,17.1,18.2,16.9,17.5', '01/05/2026,17.5,19,17.2,18.25'];
  const expected = ok([['2026-01-02', 1750, 1710], ['2026-01-05', 1825, 1750]]);
  const closesOnly = ok([['2026-01-02', 1750], ['2026-01-05', 1825]]);

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['lone CR (classic Mac)', '\r'],
  ])('reads %s line ends', (_, eol) => {
    expect(parseMarketCsv([CBOE, ...rows].join(eol) + eol)).toEqual(expected);
  });

  it('strips a UTF-8 BOM (as text U+FEFF) and reads a file without a final newline', () => {
    expect(parseMarketCsv(`\uFEFF${[CBOE, ...rows].join('\n')}`)).toEqual(expected);
  });

  it('skips blank lines, whitespace-only lines and rows of bare commas anywhere', () => {
    expect(parseMarketCsv(`\n\n${CBOE}\n\n${rows[0]}\n   \n,,,,\n${rows[1]}\n\n\n`)).toEqual({ ...expected });
  });

  it('finds reordered columns by name, case-insensitively, and ignores extra columns', () => {
    expect(parseMarketCsv('Volume,close,Adj Close,Date\n100,17.50,17.4,2026-01-02\n200,18.25,18.1,2026-01-05\n')).toEqual(closesOnly);
  });

  it('accepts quoted cells, including a quoted header and a quoted comma in an ignored column', () => {
    expect(parseMarketCsv('"date","close","memo"\n"2026-01-02","17.50","a, b"\n2026-01-05, 18.25 ,"say ""hi"""\n')).toEqual(closesOnly);
  });

  it('tolerates trailing commas on the header and on rows', () => {
    expect(parseMarketCsv(`${CBOE},\n${rows[0]},\n${rows[1]},,,\n`)).toEqual(expected);
  });

  it('rounds closes with more than two decimals to hundredths (CBOE history has float noise)', () => {
    expect(parseMarketCsv('date,close\n2026-01-02,17.65999984741211\n2026-01-05,.5\n')).toEqual(ok([['2026-01-02', 1766], ['2026-01-05', 50]]));
  });

  it('imports a header-only file as nothing', () => {
    expect(parseMarketCsv(`${CBOE}\r\n`)).toEqual(ok([]));
  });
});

describe('market CSV: refusals name the line', () => {
  it('refuses an empty file, a file of blank lines, and a missing header', () => {
    expect(firstIssue('')).toBe('line 1: the file is empty');
    expect(firstIssue('\n\r\n  \n')).toBe('line 1: the file is empty');
    expect(firstIssue('01/02/2026,1,2,0.5,1.5\n')).toMatch(/^line 1: expected a header with DATE and CLOSE/);
  });

  it('refuses a header missing CLOSE or DATE, or naming one twice', () => {
    expect(firstIssue('\n\nDATE,OPEN,HIGH,LOW\n01/02/2026,1,2,0.5\n')).toMatch(/^line 3: expected a header with DATE and CLOSE/);
    expect(firstIssue('when,close\n2026-01-02,5\n')).toMatch(/^line 1: expected a header/);
    expect(firstIssue('date,close,close\n2026-01-02,5,6\n')).toBe('line 1: the header names CLOSE twice');
  });

  it('refuses rows with missing or extra (non-empty) columns', () => {
    expect(firstIssue(`${CBOE}\n01/02/2026,1,2,0.5,1.5\n01/05/2026,1,2\n01/06/2026,1,2,0.5,1.5\n`)).toBe('line 3: expected 5 columns as in the header, found 3');
    expect(firstIssue(`${CBOE}\n01/02/2026,1,2,0.5,1.5,99\n`)).toBe('line 2: expected 5 columns as in the header, found 6');
  });

  it.each([
    ['abc', 'close "abc" must be a positive number'],
    ['NaN', 'close "NaN" must be a positive number'],
    ['Infinity', 'close "Infinity" must be a positive number'],
    ['-12.5', 'close "-12.5" must be a positive number'],
    ['0', 'close "0" must be a positive number'],
    ['0.001', 'close "0.001" rounds to 0.00'],
    ['', 'close "" must be a positive number'],
    ['1e3', 'close "1e3" must be a positive number'],
    ['0x10', 'close "0x10" must be a positive number'],
    ['1 000', 'close "1 000" must be a positive number'],
    ['99999999999', 'close "99999999999" must be a positive number'],
  ])('refuses the close %j', (close, message) => {
    expect(firstIssue(`date,close\n2026-01-02,${close}\n`)).toContain(`line 2: ${message}`);
  });

  it.each(['2026-02-30', '02/30/2026', '2026-13-01', '13/01/2026', '2026-1-2', '1899-12-31', 'yesterday', ''])('refuses the date %j', (date) => {
    expect(firstIssue(`date,close\n${date},10\n`)).toMatch(/^line 2: ".*" is not a date/);
  });

  it('accepts 29 February only in a leap year', () => {
    expect(parseMarketCsv('date,close\n2024-02-29,10\n').ok).toBe(true);
    expect(firstIssue('date,close\n2025-02-29,10\n')).toContain('is not a date');
  });

  it('reports every bad row (the first 20) with a total, and imports none of the good ones', () => {
    const lines = ['date,close', ...Array.from({ length: 30 }, (_, i) => `2026-01-${String((i % 28) + 1).padStart(2, '0')},${i % 2 === 0 ? 'x' : '5'}`)];
    const r = parseMarketCsv(lines.join('\n'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.totalErrors).toBe(15);
    expect(r.issues).toHaveLength(15);
    expect(r.issues[0]).toEqual({ path: 'line 2', message: expect.stringContaining('"x"') });
    const many = parseMarketCsv(['date,close', ...Array.from({ length: 50 }, () => 'bad,row')].join('\n'));
    expect(many.ok ? 0 : [many.issues.length, many.totalErrors]).toEqual([20, 50]);
  });

  it('refuses text that was decoded wrongly (U+FFFD) or holds NUL', () => {
    expect(firstIssue('date,close,memo\n2026-01-02,10,Z\uFFFDrich\n')).toMatch(/^line 2: holds a character that was not decoded/);
    expect(firstIssue('date,close\n2026-01-02,1\u00000\n')).toMatch(/^line 2: holds a character that was not decoded/);
  });
});

describe('market CSV: duplicate dates', () => {
  it('counts a repeated identical row once and reports it; the first occurrence is kept in order', () => {
    expect(parseMarketCsv('date,close\n2026-01-05,18\n2026-01-02,17\n01/05/2026,18.00\n2026-01-05,18\n')).toEqual(ok([['2026-01-05', 1800], ['2026-01-02', 1700]], { rows: 4, duplicateRows: 2 }));
  });

  it('refuses the same date with different closes, naming both lines (no value silently wins)', () => {
    expect(firstIssue('date,close\n2026-01-02,17\n2026-01-05,18\n01/02/2026,17.01\n')).toBe('line 4: 2026-01-02 appears twice with different closes (line 2: 17, here: 17.01)');
  });
});

describe('market CSV: truncated files', () => {
  const full = `${CBOE}\n01/02/2026,5900.10,5950.25,5880.00,5940.75\n01/05/2026,5940.75,5990.00,5930.50,5981.20\n`;

  it('refuses a file cut inside a row (too few columns), saying it seems cut short', () => {
    expect(firstIssue(full.slice(0, full.lastIndexOf(',') - 3))).toBe('line 3: expected 5 columns as in the header, found 4 (the file seems cut short)');
  });

  // A cut that leaves a plausible number (5981.20 → 5981) cannot be told from a real close;
  // docs/import.md says so. The range check catches the cuts that change the magnitude.
  it('refuses a file cut inside the last CLOSE: it falls outside the day\'s LOW..HIGH', () => {
    expect(firstIssue(full.slice(0, -5))).toBe("line 3: close 598 is outside the day's LOW..HIGH range (the file seems cut short)");
    expect(firstIssue(full.slice(0, -6))).toBe("line 3: close 59 is outside the day's LOW..HIGH range (the file seems cut short)");
  });

  it('refuses a file cut inside a quoted cell, at the line where the quote opened', () => {
    expect(firstIssue('date,close,memo\n2026-01-02,10,"ok"\n2026-01-05,11,"a memo that\ngoes on')).toBe('line 3: a quoted cell that opens here never closes (is the file cut short?)');
  });

  it('a cut exactly at a line break loses nothing that was ever a whole row (imports the whole rows)', () => {
    const cut = full.slice(0, full.indexOf('\n', CBOE.length + 1) + 1);
    expect(parseMarketCsv(cut)).toEqual(ok([['2026-01-02', 594075, 590010]]));
  });

  it('refuses text after a closing quote', () => {
    expect(firstIssue('date,close\n"2026-01-02"x,10\n')).toMatch(/^line 2: unexpected text after a closing quote/);
  });
});

describe('market CSV: opens and the layouts traders have', () => {
  it('keeps the CBOE OPEN (real rows of SPX_History.csv, float noise rounded)', () => {
    const text = `${CBOE}\n07/08/2026,7476.5400390625,7488.509765625,7421.81982421875,7482.7099609375\n07/09/2026,7491.60009765625,7497.56005859375,7485.39990234375,7485.490234375\n`;
    expect(parseMarketCsv(text)).toEqual(ok([['2026-07-08', 748271, 747654], ['2026-07-09', 748549, 749160]]));
  });

  it('reads Yahoo Finance (CLOSE, not Adj Close) and Stooq, opens included', () => {
    const yahoo = 'Date,Open,High,Low,Close,Adj Close,Volume\n2026-01-02,5900.10,5950.25,5880.00,5940.75,5939.00,3400000000\n';
    const stooq = 'Date,Open,High,Low,Close,Volume\n2026-01-02,5900.10,5950.25,5880.00,5940.75,3400000000\n';
    for (const text of [yahoo, stooq]) expect(parseMarketCsv(text)).toEqual(ok([['2026-01-02', 594075, 590010]]));
  });

  it('reads Investing.com: PRICE is the close, quoted thousands separators, newest first', () => {
    const text = '"Date","Price","Open","High","Low","Vol.","Change %"\n"01/05/2026","7,485.49","7,401.20","7,490.00","7,399.10","","1.14%"\n"01/02/2026","7,401.20","7,380.00","7,410.55","7,366.00","","-0.20%"\n';
    expect(parseMarketCsv(text)).toEqual(ok([['2026-01-05', 748549, 740120], ['2026-01-02', 740120, 738000]]));
  });

  it('refuses a misplaced thousands separator and does not accept separators outside Investing.com', () => {
    expect(firstIssue('"Date","Price","Open"\n"01/05/2026","74,85.49","7,401.20"\n')).toMatch(/^line 2: close "74,85.49" must be a positive number/);
    expect(firstIssue('date,close\n2026-01-05,"7,485.49"\n')).toMatch(/^line 2: close "7,485.49" must be a positive number/);
  });

  it('an empty or 0 OPEN is unknown (null); a garbled one refuses the row', () => {
    expect(parseMarketCsv(`${CBOE}\n01/02/2026,,18,17,17.5\n01/05/2026,0,19,17,18.25\n`)).toEqual(ok([['2026-01-02', 1750], ['2026-01-05', 1825]]));
    expect(firstIssue(`${CBOE}\n01/02/2026,abc,18,17,17.5\n`)).toBe('line 2: open "abc" must be a positive number or empty');
  });

  it('an unknown header names every accepted layout', () => {
    expect(firstIssue('Day,Last\n2026-01-02,10\n')).toMatch(/CBOE DATE,OPEN,HIGH,LOW,CLOSE; Yahoo Finance .*; Stooq .*; Investing\.com .*; or date,close/);
  });
});
