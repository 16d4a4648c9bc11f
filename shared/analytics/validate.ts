/**
 * Input checks shared by the analytics functions. They throw an `Error` whose message
 * names the function, the field and the offending value, so a bad entry surfaces as a
 * readable message instead of a NaN on a chart.
 */

function describe(value: unknown): string {
  return typeof value === 'number' ? String(value) : typeof value;
}

/** Throws unless `value` is a finite number. */
export function requireFinite(where: string, name: string, value: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new Error(`${where}: ${name} must be a finite number (got ${describe(value)})`);
  }
}

/** Throws unless `value` is a finite number > 0. */
export function requirePositive(where: string, name: string, value: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new Error(`${where}: ${name} must be a positive number (got ${describe(value)})`);
  }
}

/** Throws unless `value` is a finite number ≥ 0. */
export function requireNonNegative(where: string, name: string, value: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new Error(`${where}: ${name} must be zero or a positive number (got ${describe(value)})`);
  }
}

/** Throws unless `value` is an integer ≥ `min`. */
export function requireInteger(where: string, name: string, value: number, min: number): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw new Error(`${where}: ${name} must be a whole number ≥ ${min} (got ${describe(value)})`);
  }
}
