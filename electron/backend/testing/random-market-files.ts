/**
 * Random market files for the import's property tests: the CBOE, Yahoo and date,close layouts,
 * float-noise and plain closes, opens or none, LF / CRLF / CR line ends, and (optionally) the
 * flaws real exports have — blanks around cells, trailing commas, bad values and dates, repeated
 * rows, blank lines, a missing final line break. Dates run over consecutive calendar days, so
 * weekends and holidays (skipped rows) and pre-1971 dates (not judged) all occur.
 */
import fc from 'fast-check';
import { addDays, dayNumber } from '../../../shared/dates';

export type Flaw = 'none' | 'spaces' | 'trailing-comma' | 'bad-close' | 'bad-date' | 'repeat' | 'repeat-other-close' | 'blank-line' | 'zero-open' | 'empty-open';

export interface RandomRow {
  /** Calendar days after the file's first date. */
  offset: number;
  closeHundredths: number;
  openHundredths: number | null;
  noise: boolean;
  flaw: Flaw;
}

export interface RandomFile {
  layout: 'cboe' | 'generic' | 'yahoo';
  firstDate: string;
  rows: RandomRow[];
  eol: '\n' | '\r\n' | '\r';
  finalBreak: boolean;
  newestFirst: boolean;
}

const FLAWS: Flaw[] = ['spaces', 'trailing-comma', 'bad-close', 'bad-date', 'repeat', 'repeat-other-close', 'blank-line', 'zero-open', 'empty-open'];
const HARMLESS: Flaw[] = ['spaces', 'trailing-comma', 'repeat', 'blank-line', 'zero-open', 'empty-open'];

/** Closes in hundredths at a level that fits the symbol (SPX points in thousands, VIX in tens), or anything. */
export function randomFile({ flawed, level }: { flawed: boolean; level: [number, number] }): fc.Arbitrary<RandomFile> {
  const flaw = fc.oneof({ weight: 12, arbitrary: fc.constant<Flaw>('none') }, { weight: 1, arbitrary: fc.constantFrom(...(flawed ? FLAWS : HARMLESS)) });
  const row = fc.record({
    offset: fc.integer({ min: 0, max: 120 }),
    closeHundredths: fc.integer({ min: level[0], max: level[1] }),
    openHundredths: fc.option(fc.integer({ min: level[0], max: level[1] }), { nil: null }),
    noise: fc.boolean(),
    flaw,
  });
  return fc.record({
    layout: fc.constantFrom('cboe' as const, 'generic' as const, 'yahoo' as const),
    firstDate: fc.integer({ min: dayNumber('1969-10-01'), max: dayNumber('2026-03-01') }).map((day) => addDays('1970-01-01', day)),
    rows: fc.uniqueArray(row, { selector: (r) => r.offset, maxLength: 90 }).map((rows) => rows.sort((a, b) => a.offset - b.offset)),
    eol: fc.constantFrom('\n' as const, '\r\n' as const, '\r' as const),
    finalBreak: fc.boolean(),
    newestFirst: fc.boolean(),
  });
}

const usDate = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(8, 10)}/${iso.slice(0, 4)}`;
/** CBOE's history prints float32 values as doubles (17.66 → 17.65999984741211). */
const price = (hundredths: number, noise: boolean) => (noise ? String(Math.fround(hundredths / 100)) : (hundredths / 100).toFixed(2));

function cells(file: RandomFile, row: RandomRow, date: string): string[] {
  const close = row.flaw === 'bad-close' ? 'x1' : price(row.closeHundredths, row.noise);
  const openText = row.flaw === 'zero-open' ? '0' : row.flaw === 'empty-open' || row.openHundredths === null ? '' : price(row.openHundredths, row.noise);
  const day = row.flaw === 'bad-date' ? '13/45/2020' : file.layout === 'cboe' ? usDate(date) : date;
  if (file.layout === 'generic') return [day, close];
  if (file.layout === 'yahoo') return [day, openText, close, close, close, close, '1000'];
  return [day, openText, close, close, close];
}

const HEADERS = { cboe: 'DATE,OPEN,HIGH,LOW,CLOSE', generic: 'date,close', yahoo: 'Date,Open,Close,Low,High,Adj Close,Volume' };

/** The file's text. */
export function fileText(file: RandomFile): string {
  const lines: string[] = [];
  for (const row of file.rows) {
    const date = addDays(file.firstDate, row.offset);
    const line = cells(file, row, date);
    const text = row.flaw === 'spaces' ? line.map((c) => ` ${c} `).join(',') : row.flaw === 'trailing-comma' ? `${line.join(',')},,` : line.join(',');
    lines.push(text);
    if (row.flaw === 'repeat') lines.push(text);
    if (row.flaw === 'repeat-other-close') lines.push(cells(file, { ...row, closeHundredths: row.closeHundredths + 7, flaw: 'none' }, date).join(','));
    if (row.flaw === 'blank-line') lines.push(file.layout === 'generic' ? ' ' : ',,,,');
  }
  if (file.newestFirst) lines.reverse();
  return `${[HEADERS[file.layout], ...lines].join(file.eol)}${file.finalBreak ? file.eol : ''}`;
}
