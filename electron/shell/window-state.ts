/**
 * The main window's bounds and maximized flag, saved to userData/window-state.json and
 * restored on the next start, clamped so the window is visible on the displays attached
 * now (a laptop undocked from a second monitor must not open the window off-screen).
 * No electron import: window.ts passes in the displays' work areas.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

export interface SizeLimits {
  defaultWidth: number;
  defaultHeight: number;
  minWidth: number;
  minHeight: number;
}

export const WINDOW_STATE_FILE = 'window-state.json';
/** Less of the title bar than this on screen and the window counts as lost. */
const MIN_VISIBLE_PX = 100;

export function windowStatePath(userDataDir: string): string {
  return join(userDataDir, WINDOW_STATE_FILE);
}

function isFiniteInt(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) < 1e6;
}

function isRect(value: unknown): value is Rect {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  return isFiniteInt(r.x) && isFiniteInt(r.y) && isFiniteInt(r.width) && isFiniteInt(r.height) && (r.width as number) > 0 && (r.height as number) > 0;
}

/** Any text (or nothing) → a saved state, or null when absent or not ours. */
export function parseWindowState(text: string | null): WindowState | null {
  if (text === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { bounds, maximized } = value as Record<string, unknown>;
  if (!isRect(bounds)) return null;
  return { bounds: { x: Math.round(bounds.x), y: Math.round(bounds.y), width: Math.round(bounds.width), height: Math.round(bounds.height) }, maximized: maximized === true };
}

function overlap(a: Rect, b: Rect): Rect | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const bottom = Math.min(a.y + a.height, b.y + b.height);
  return right > x && bottom > y ? { x, y, width: right - x, height: bottom - y } : null;
}

function centred(area: Rect, width: number, height: number): Rect {
  return { x: area.x + Math.round((area.width - width) / 2), y: area.y + Math.round((area.height - height) / 2), width, height };
}

/**
 * Where to open the window. The saved bounds are kept when enough of the window's top
 * strip (where the title bar is) lies on some display; otherwise the window moves onto
 * the display it overlaps most (or the first one), shrunk to fit its work area and never
 * below the minimum size. Without a saved state: the default size, centred on the first display.
 */
export function clampBounds(saved: Rect | null, workAreas: readonly Rect[], limits: SizeLimits): Rect {
  const primary = workAreas[0] ?? { x: 0, y: 0, width: limits.defaultWidth, height: limits.defaultHeight };
  const fit = (area: Rect, width: number, height: number) => ({
    width: Math.max(limits.minWidth, Math.min(width, area.width)),
    height: Math.max(limits.minHeight, Math.min(height, area.height)),
  });
  if (saved === null) {
    const size = fit(primary, limits.defaultWidth, limits.defaultHeight);
    return centred(primary, size.width, size.height);
  }
  const titleStrip: Rect = { x: saved.x, y: saved.y, width: saved.width, height: Math.min(saved.height, 40) };
  const home = [...workAreas].sort((a, b) => area(overlap(saved, b)) - area(overlap(saved, a)))[0] ?? primary;
  const size = fit(home, saved.width, saved.height);
  const visible = workAreas.some((a) => {
    const o = overlap(titleStrip, a);
    return o !== null && o.width >= Math.min(MIN_VISIBLE_PX, saved.width);
  });
  if (visible && size.width === saved.width && size.height === saved.height) return { ...saved };
  if (overlap(saved, home) === null) return centred(home, size.width, size.height);
  // Partly visible or too large: keep it on its display, pulled inside the work area.
  const x = Math.min(Math.max(saved.x, home.x), home.x + home.width - size.width);
  const y = Math.min(Math.max(saved.y, home.y), home.y + home.height - size.height);
  return { x, y, width: size.width, height: size.height };
}

function area(r: Rect | null): number {
  return r === null ? 0 : r.width * r.height;
}

export function readWindowState(file: string): WindowState | null {
  try {
    return parseWindowState(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/** Written through a temporary file, so a crash mid-write never leaves half a JSON file. */
export function writeWindowState(file: string, state: WindowState): void {
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(state)}\n`);
  renameSync(temporary, file);
}
