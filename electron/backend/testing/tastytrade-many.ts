/**
 * Test fixture: the tastytrade sample (open ×2, partial close, roll into a new condor, its
 * expiration) repeated `copies` times, each copy's strikes moved up by 1,000 points per copy and
 * its order numbers renumbered, so copies never share a leg, an order or an expiration row.
 */
import { TASTYTRADE_SAMPLE } from './portfolio-backend';

const SAMPLE = TASTYTRADE_SAMPLE.trim().split('\n');

function shiftRow(row: string, copy: number): string {
  const points = copy * 1000;
  return row
    .replace(/(SPXW {2}\d{6}[PC])(\d{8})/gu, (_, head: string, strike: string) => `${head}${String(Number(strike) + points * 1000).padStart(8, '0')}`)
    .replace(/(Put|Call) (\d+)\.00/gu, (_, right: string, strike: string) => `${right} ${Number(strike) + points}.00`)
    .replace(/,(\d{4}),(PUT|CALL),/gu, (_, strike: string, right: string) => `,${Number(strike) + points},${right},`)
    .replace(/,3310000(\d\d),/gu, (_, n: string) => `,${331_000_000 + copy * 100 + Number(n)},`);
}

export function manySampleCopies(copies: number): string {
  const [header, ...rows] = SAMPLE;
  const out = [header ?? ''];
  for (let copy = 0; copy < copies; copy += 1) out.push(...rows.map((row) => shiftRow(row, copy)));
  return `${out.join('\n')}\n`;
}
