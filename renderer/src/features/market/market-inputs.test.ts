import { describe, expect, it } from 'vitest';
import { parseCloseDraft } from './close-draft';
import { resolveSymbol, symbolFromFileName } from './import-symbol';
import { countDataRows } from '../../files/read-file-text';

describe('market inputs', () => {
  it('tells SPX from VIX by the file name, and only when the name is clear', () => {
    expect(symbolFromFileName('VIX_History.csv')).toBe('VIX');
    expect(symbolFromFileName('SPX_History.csv')).toBe('SPX');
    expect(symbolFromFileName('^GSPC daily.csv')).toBe('SPX');
    expect(symbolFromFileName('closes.csv')).toBeNull();
    expect(symbolFromFileName('spx-vs-vix.csv')).toBeNull();
    expect(resolveSymbol('VIX', 'SPX_History.csv')).toBe('VIX');
  });

  it('counts data rows after the header, ignoring blank lines and CRLF', () => {
    expect(countDataRows('DATE,CLOSE\r\n01/02/1990,17.24\r\n\r\n01/03/1990,18.19\r\n')).toBe(2);
    expect(countDataRows('')).toBe(0);
  });

  it('parses a typed close into hundredths', () => {
    expect(parseCloseDraft({ symbol: 'SPX', date: '2026-07-10', close: '6,280.5' }).input).toEqual({ symbol: 'SPX', date: '2026-07-10', closeHundredths: 628_050 });
    expect(parseCloseDraft({ symbol: 'VIX', date: '2026-02-30', close: '-1' }).issues.map((i) => i.path)).toEqual(['date', 'closeHundredths']);
  });
});
