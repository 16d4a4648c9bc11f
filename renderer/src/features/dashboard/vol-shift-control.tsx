interface VolShiftControlProps {
  value: number;
  onChange(points: number): void;
}

const LIMIT = 10;

/** What-if: shift every implied vol by ± vol points (σ + points/100; VIX moves with it). */
export function VolShiftControl({ value, onChange }: VolShiftControlProps) {
  return (
    <div className="what-if">
      <label htmlFor="vol-shift">Vol shift <span className="muted">(vol pts)</span></label>
      <input id="vol-shift" type="range" min={-LIMIT} max={LIMIT} step={1} value={value} data-testid="vol-shift"
        aria-valuetext={`${value > 0 ? '+' : ''}${value} vol points`} onChange={(e) => onChange(Number(e.target.value))} />
      <output htmlFor="vol-shift" className="what-if-value" data-testid="vol-shift-value">{value > 0 ? '+' : value < 0 ? '−' : '±'}{Math.abs(value)} pts</output>
      <button type="button" className="button button-small button-quiet" onClick={() => onChange(0)} disabled={value === 0} data-testid="vol-shift-reset">Reset</button>
    </div>
  );
}
