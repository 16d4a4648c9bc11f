/** Options every price-axis chart shares (x = SPX level or strike: the payoff, the smile): theme and a fixed view. */
import { ColorType, type DeepPartial, type PriceChartOptions } from 'lightweight-charts';
import type { ChartPalette } from './chart-palette';

export function priceChartOptions(palette: ChartPalette): DeepPartial<PriceChartOptions> {
  return {
    autoSize: true,
    layout: { background: { type: ColorType.Solid, color: palette.background }, textColor: palette.muted, fontSize: 11 },
    grid: { vertLines: { color: palette.grid }, horzLines: { color: palette.grid } },
    rightPriceScale: { borderColor: palette.border },
    timeScale: { borderColor: palette.border },
    // The x range is the trade's own; scrolling or zooming it away only loses the picture.
    handleScroll: false,
    handleScale: false,
  };
}
