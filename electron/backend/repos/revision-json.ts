/**
 * A revision's changes as the stored JSON text, `[["YYYY-MM-DD",bc,bo,ac,ao],…]` (hundredths,
 * null = absent; migration 5), written byte by byte into one buffer: byte for byte what
 * `JSON.stringify` gives for those arrays (ISO dates need no escaping, hundredths are integers),
 * without the array and the strings per row that kept a 25,000-row import's collector busy
 * (docs/performance.md). A test compares it with JSON.stringify.
 */
import type { ChangeColumns } from '../../../shared/market/close-columns';

/** `["YYYY-MM-DD",` + four numbers of at most 10 digits or null, with commas and `]`. */
const MAX_ROW_BYTES = 14 + 4 * 11 + 2;
const [QUOTE, COMMA, DASH, OPEN, CLOSE, ZERO] = [34, 44, 45, 91, 93, 48];
/** n, u, l of `null`. */
const [N, U, L] = [110, 117, 108];

class JsonBytes {
  readonly bytes: Buffer;
  length = 0;

  constructor(capacity: number) {
    this.bytes = Buffer.allocUnsafe(capacity);
  }

  byte(value: number): void {
    this.bytes[this.length] = value;
    this.length += 1;
  }

  /** A non-negative integer in decimal. */
  integer(value: number): void {
    let width = 1;
    while (10 ** width <= value) width += 1;
    this.digits(value, width);
  }

  /** Hundredths, or null for 0 (absent). */
  hundredths(value: number): void {
    if (value !== 0) {
      this.integer(value);
      return;
    }
    this.byte(N);
    this.byte(U);
    this.byte(L);
    this.byte(L);
  }

  /** A yyyymmdd key as `"YYYY-MM-DD"`. */
  date(key: number): void {
    this.byte(QUOTE);
    this.digits(Math.floor(key / 10000), 4);
    this.byte(DASH);
    this.digits(Math.floor(key / 100) % 100, 2);
    this.byte(DASH);
    this.digits(key % 100, 2);
    this.byte(QUOTE);
  }

  /** `value` in exactly `width` decimal digits (leading zeros). */
  private digits(value: number, width: number): void {
    for (let place = 10 ** (width - 1); place >= 1; place /= 10) this.byte(ZERO + (Math.floor(value / place) % 10));
  }
}

/** The stored JSON of `changes`, in their order. */
export function changesJson(changes: ChangeColumns): string {
  const out = new JsonBytes(2 + changes.length * MAX_ROW_BYTES);
  out.byte(OPEN);
  for (let i = 0; i < changes.length; i += 1) {
    if (i > 0) out.byte(COMMA);
    out.byte(OPEN);
    out.date(changes.dateKeys[i] ?? 0);
    out.byte(COMMA);
    out.hundredths(changes.beforeClose[i] ?? 0);
    out.byte(COMMA);
    out.hundredths(changes.beforeOpen[i] ?? 0);
    out.byte(COMMA);
    out.hundredths(changes.afterClose[i] ?? 0);
    out.byte(COMMA);
    out.hundredths(changes.afterOpen[i] ?? 0);
    out.byte(CLOSE);
  }
  out.byte(CLOSE);
  return out.bytes.toString('latin1', 0, out.length);
}
