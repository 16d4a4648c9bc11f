/** Options every date-axis chart in the app shares: theme, fonts, an aligned price scale, ISO dates. */
import { ColorType, CrosshairMode, type ChartOptions, type DeepPartial } from 'lightweight-charts';
import type { ChartPalette } from './chart-palette';

/**
 * Width reserved for the right price scale. Charts stacked on one page line up their plots
 * (and their synced crosshairs) only when their scales are equally wide.
 */
export const PRICE_SCALE_WIDTH = 76;

export function timeChartOptions(palette: ChartPalette): DeepPartial<ChartOptions> {
  return {
    autoSize: true,
    layout: {
      background: { type: ColorType.Solid, color: palette.background },
      textColor: palette.muted,
      fontSize: 11,
      fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
      panes: { separatorColor: palette.border, separatorHoverColor: palette.grid, enableResize: true },
    },
    grid: { vertLines: { color: palette.grid }, horzLines: { color: palette.grid } },
    rightPriceScale: { borderColor: palette.border, minimumWidth: PRICE_SCALE_WIDTH },
    // Tiny minimum spacing so "All" (tens of thousands of days) still fits on screen.
    timeScale: { borderColor: palette.border, minBarSpacing: 0.01, rightOffset: 3 },
    crosshair: { mode: CrosshairMode.Normal },
    localization: { locale: 'en-US', dateFormat: 'yyyy-MM-dd' },
  };
}
