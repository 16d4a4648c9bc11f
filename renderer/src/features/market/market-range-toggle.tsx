import { MARKET_RANGES, type MarketRange } from './market-series';

const TITLES: Record<MarketRange, string> = {
  '1Y': 'The last year before the latest close',
  '5Y': 'The last five years',
  All: 'Every stored close (slower with decades of data)',
};

/** 1Y / 5Y / All: how much history the charts draw (indicators always use the whole history). */
export function MarketRangeToggle({ value, onChange }: { value: MarketRange; onChange(range: MarketRange): void }) {
  return (
    <span className="toggle" role="radiogroup" aria-label="Chart range" data-testid="market-range">
      {MARKET_RANGES.map((range) => (
        <label key={range} className={`toggle-option ${value === range ? 'toggle-on' : ''}`} title={TITLES[range]}>
          <input type="radio" name="market-range" value={range} checked={value === range} onChange={() => onChange(range)} />
          {range}
        </label>
      ))}
    </span>
  );
}
