export type LayersFilterValue = 'open' | 'all';

interface LayersFilterProps {
  value: LayersFilterValue;
  onChange(value: LayersFilterValue): void;
  openCount: number;
  totalCount: number;
}

export function LayersFilter({ value, onChange, openCount, totalCount }: LayersFilterProps) {
  const option = (v: LayersFilterValue, caption: string) => (
    <label className={`toggle-option ${value === v ? 'toggle-on' : ''}`}>
      <input type="radio" name="layers-filter" value={v} checked={value === v} onChange={() => onChange(v)} data-testid={`filter-${v}`} />
      {caption}
    </label>
  );
  return (
    <div className="toggle" role="radiogroup" aria-label="Show layers">
      {option('open', `Open (${openCount})`)}
      {option('all', `All (${totalCount})`)}
    </div>
  );
}
