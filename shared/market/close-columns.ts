/**
 * Market rows as parallel columns instead of one object per row: an import of SPX's ~25,000
 * closes otherwise keeps ~100,000 small objects alive through parse, checks, plan and write, and
 * the garbage collector copies every one of them (docs/performance.md). Dates are `yyyymmdd`
 * keys (date-key.ts); hundredths are positive integers, so 0 stands for "absent" (no open, no bar).
 */
import { dateKey, isoOfKey } from './date-key';

/** A file's closes in file order (or date order, once planned). */
export interface CloseColumns {
  readonly dateKeys: Int32Array;
  readonly closeHundredths: Int32Array;
  /** 0 = the file has no open for the day. */
  readonly openHundredths: Int32Array;
}

/** One stored bar; null open = none stored. */
export interface StoredBar {
  closeHundredths: number;
  openHundredths: number | null;
}

/** One date's bar before and after a change; null = absent. */
export interface BarChange {
  date: string;
  before: StoredBar | null;
  after: StoredBar | null;
}

/** Changes as columns (0 = absent: no bar before / the date deleted / no open). */
export interface ChangeColumns {
  readonly length: number;
  readonly dateKeys: Int32Array;
  readonly beforeClose: Int32Array;
  readonly beforeOpen: Int32Array;
  readonly afterClose: Int32Array;
  readonly afterOpen: Int32Array;
}

/** Fills change columns of a known largest size. */
export class ChangeBuilder {
  private readonly columns: ChangeColumns;
  private count = 0;

  constructor(capacity: number) {
    const column = () => new Int32Array(capacity);
    this.columns = {
      length: capacity, dateKeys: column(), beforeClose: column(), beforeOpen: column(), afterClose: column(), afterOpen: column(),
    };
  }

  push(dateKey: number, beforeClose: number, beforeOpen: number, afterClose: number, afterOpen: number): void {
    const i = this.count;
    const c = this.columns;
    c.dateKeys[i] = dateKey;
    c.beforeClose[i] = beforeClose;
    c.beforeOpen[i] = beforeOpen;
    c.afterClose[i] = afterClose;
    c.afterOpen[i] = afterOpen;
    this.count = i + 1;
  }

  /** The filled part (views, not copies). */
  done(): ChangeColumns {
    const { count, columns: c } = this;
    const filled = (column: Int32Array) => column.subarray(0, count);
    return {
      length: count, dateKeys: filled(c.dateKeys), beforeClose: filled(c.beforeClose), beforeOpen: filled(c.beforeOpen),
      afterClose: filled(c.afterClose), afterOpen: filled(c.afterOpen),
    };
  }
}

/** Hand edits and undo build BarChange lists; the writers take columns. */
export function changeColumnsOf(changes: readonly BarChange[]): ChangeColumns {
  const builder = new ChangeBuilder(changes.length);
  for (const { date, before, after } of changes) {
    builder.push(dateKey(date), before?.closeHundredths ?? 0, before?.openHundredths ?? 0, after?.closeHundredths ?? 0, after?.openHundredths ?? 0);
  }
  return builder.done();
}

const barOf = (close: number, open: number): StoredBar | null => (close === 0 ? null : { closeHundredths: close, openHundredths: open === 0 ? null : open });

/** The i-th change as an object (for the few that are reported). */
export function changeAt(changes: ChangeColumns, i: number): BarChange {
  return {
    date: isoOfKey(changes.dateKeys[i] ?? 0),
    before: barOf(changes.beforeClose[i] ?? 0, changes.beforeOpen[i] ?? 0),
    after: barOf(changes.afterClose[i] ?? 0, changes.afterOpen[i] ?? 0),
  };
}

/** Stored bars of one symbol in date order, with each date's index. */
export interface StoredColumns extends CloseColumns {
  readonly indexOf: ReadonlyMap<number, number>;
}

/** Columns of stored bars (date order) with their index by date. */
export function storedColumns(dateKeys: Int32Array, closeHundredths: Int32Array, openHundredths: Int32Array): StoredColumns {
  const indexOf = new Map<number, number>();
  for (let i = 0; i < dateKeys.length; i += 1) indexOf.set(dateKeys[i] ?? 0, i);
  return { dateKeys, closeHundredths, openHundredths, indexOf };
}

export const NO_STORED_BARS: StoredColumns = storedColumns(new Int32Array(0), new Int32Array(0), new Int32Array(0));
