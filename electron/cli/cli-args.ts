/** Turns CLI flag text into the API's exact integer units, with messages that name the flag. */
import { readFileSync } from 'node:fs';
import { isIsoDate } from '../../shared/dates';
import { decodeTextBytes, type TextEncodingName } from '../../shared/import/text-bytes';
import { parseCents, parseHundredths } from '../../shared/money';

export class CliError extends Error {}

const strictDecoder = (encoding: TextEncodingName) => new TextDecoder(encoding, { fatal: true });

/**
 * A text file's content, or a one-line error naming the file. Decoded as the renderer does
 * (shared/import/text-bytes.ts): BOM or UTF-16 detected, invalid UTF-8 refused with its line.
 */
export function readTextFile(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new CliError(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const decoded = decodeTextBytes(bytes, path, strictDecoder);
  if (!decoded.ok) throw new CliError(decoded.message);
  return decoded.text;
}

export function required(values: Record<string, unknown>, flag: string): string {
  const value = values[flag];
  if (typeof value !== 'string' || value.trim() === '') throw new CliError(`--${flag} is required`);
  return value;
}

export function optional(values: Record<string, unknown>, flag: string): string | undefined {
  const value = values[flag];
  return typeof value === 'string' ? value : undefined;
}

export function date(text: string, flag: string): string {
  if (!isIsoDate(text)) throw new CliError(`--${flag} must be a date as YYYY-MM-DD, got "${text}"`);
  return text;
}

/** Points such as 12.50 → 1250 hundredths. */
export function points(text: string, flag: string): number {
  const value = parseHundredths(text);
  if (value === null) throw new CliError(`--${flag} must be a price in points with at most 2 decimals, got "${text}"`);
  return value;
}

export function dollars(text: string, flag: string): number {
  const value = parseCents(text);
  if (value === null) throw new CliError(`--${flag} must be an amount in dollars with at most 2 decimals, got "${text}"`);
  return value;
}

export function positiveInt(text: string, flag: string): number {
  if (!/^\d+$/.test(text) || Number(text) <= 0) throw new CliError(`--${flag} must be a whole number above 0, got "${text}"`);
  return Number(text);
}

export function strikes(text: string, flag: string): { putLong: number; putShort: number; callShort: number; callLong: number } {
  const parts = text.split(',').map((p) => p.trim());
  if (parts.length !== 4) throw new CliError(`--${flag} needs four strikes P_LONG,P_SHORT,C_SHORT,C_LONG, got "${text}"`);
  const [putLong, putShort, callShort, callLong] = parts.map((p) => points(p, flag)) as [number, number, number, number];
  return { putLong, putShort, callShort, callLong };
}
