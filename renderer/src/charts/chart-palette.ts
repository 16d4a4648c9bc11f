/**
 * Chart colours. The frame (background, text, grid) comes from the app's CSS variables so
 * charts match the light or dark theme; series colours are fixed hues that read on both.
 */
export interface ChartPalette {
  background: string;
  text: string;
  muted: string;
  grid: string;
  border: string;
  accent: string;
  pos: string;
  neg: string;
  warn: string;
}

/** Series hues shared by every chart, so "VIX" is the same violet everywhere. */
export const SERIES_COLORS = {
  spx: '#2d6fb0',
  vix: '#8a4fbf',
  macd: '#2d6fb0',
  signal: '#e07b24',
  realized: '#e07b24',
  rsi: '#8a4fbf',
  histogramUp: 'rgba(22, 150, 90, 0.55)',
  histogramDown: 'rgba(200, 50, 40, 0.55)',
} as const;

const FALLBACK: ChartPalette = {
  background: '#ffffff', text: '#1b2430', muted: '#667085', grid: '#eef0f3', border: '#dde1e6',
  accent: '#2d5b88', pos: '#16734a', neg: '#b42318', warn: '#a15c07',
};

/** Reads the theme from CSS custom properties (falls back to the light theme outside a page). */
export function readChartPalette(element: Element = document.documentElement): ChartPalette {
  const style = window.getComputedStyle(element);
  const css = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    background: css('--surface', FALLBACK.background),
    text: css('--text', FALLBACK.text),
    muted: css('--muted', FALLBACK.muted),
    // Grid lines a step lighter than borders, so data stays in front.
    grid: css('--surface-2', FALLBACK.grid),
    border: css('--border', FALLBACK.border),
    accent: css('--accent', FALLBACK.accent),
    pos: css('--pos', FALLBACK.pos),
    neg: css('--neg', FALLBACK.neg),
    warn: css('--warn', FALLBACK.warn),
  };
}
