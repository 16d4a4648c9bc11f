import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clampBounds, parseWindowState, readWindowState, windowStatePath, writeWindowState } from './window-state';

const LIMITS = { defaultWidth: 1400, defaultHeight: 900, minWidth: 960, minHeight: 640 };
const laptop = { x: 0, y: 0, width: 1920, height: 1050 };
const rightMonitor = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('window state', () => {
  it('opens centred at the default size when nothing was saved', () => {
    expect(clampBounds(null, [laptop], LIMITS)).toEqual({ x: 260, y: 75, width: 1400, height: 900 });
  });

  it('keeps saved bounds that are visible, on any display', () => {
    const saved = { x: 2100, y: 100, width: 1600, height: 1000 };
    expect(clampBounds(saved, [laptop, rightMonitor], LIMITS)).toEqual(saved);
  });

  it('brings back a window left on a monitor that is no longer attached', () => {
    const saved = { x: 2100, y: 100, width: 1600, height: 1000 };
    const restored = clampBounds(saved, [laptop], LIMITS);
    expect(restored).toEqual({ x: 160, y: 25, width: 1600, height: 1000 });
  });

  it('pulls a partly off-screen window inside, and shrinks one larger than the display', () => {
    expect(clampBounds({ x: -500, y: -300, width: 1200, height: 800 }, [laptop], LIMITS)).toEqual({ x: 0, y: 0, width: 1200, height: 800 });
    expect(clampBounds({ x: 100, y: 50, width: 3000, height: 2000 }, [laptop], LIMITS)).toEqual({ x: 0, y: 0, width: 1920, height: 1050 });
  });

  it('never goes below the minimum size', () => {
    const small = { x: 0, y: 0, width: 800, height: 600 };
    const r = clampBounds({ x: 10, y: 10, width: 1400, height: 900 }, [small], LIMITS);
    expect(r.width).toBe(960);
    expect(r.height).toBe(640);
  });

  it('the title bar must be reachable: a window whose top is above every display moves down', () => {
    const r = clampBounds({ x: 100, y: -880, width: 1400, height: 900 }, [laptop], LIMITS);
    expect(r.y).toBeGreaterThanOrEqual(0);
  });

  it('parses only a well-formed state', () => {
    expect(parseWindowState('{"bounds":{"x":1,"y":2,"width":1000,"height":700},"maximized":true}')).toEqual({ bounds: { x: 1, y: 2, width: 1000, height: 700 }, maximized: true });
    for (const text of [null, '', 'nope', '[]', '{"bounds":{"x":1,"y":2,"width":-5,"height":700}}', '{"bounds":{"x":"1","y":2,"width":5,"height":7}}', '{"bounds":{"x":1e300,"y":2,"width":5,"height":7}}']) {
      expect(parseWindowState(text), String(text)).toBeNull();
    }
  });

  it('round-trips through userData/window-state.json', () => {
    const dir = mkdtempSync(join(tmpdir(), 'alvh-window-'));
    try {
      const file = windowStatePath(dir);
      expect(readWindowState(file)).toBeNull();
      writeWindowState(file, { bounds: { x: 5, y: 6, width: 1000, height: 700 }, maximized: false });
      expect(readWindowState(file)).toEqual({ bounds: { x: 5, y: 6, width: 1000, height: 700 }, maximized: false });
      expect(readFileSync(file, 'utf8')).toMatch(/"maximized":false/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
