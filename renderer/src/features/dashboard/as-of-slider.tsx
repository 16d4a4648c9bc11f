import type { KeyboardEvent } from 'react';
import { scrubDate, scrubHint, scrubIndex, scrubKeyTarget, scrubValueText, type ScrubSpan } from './as-of-scrub';

interface AsOfSliderProps {
  span: ScrubSpan;
  value: string;
  today: string;
  onChange(date: string): void;
}

/**
 * Scrubs the as-of date a calendar day per step, from the book's first layer to today, so the
 * chart, metrics and layers follow while it is dragged. Keyboard: ←/→ a day, PageUp/PageDown a
 * month, Home/End the first day / today.
 */
export function AsOfSlider({ span, value, today, onChange }: AsOfSliderProps) {
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const target = scrubKeyTarget(e.key, value, span);
    if (target === null) return;
    e.preventDefault();
    if (target !== value) onChange(target);
  };
  return (
    <>
      <label htmlFor="dashboard-as-of-range" className="sr-only">As-of date slider, {span.first} to {span.last}</label>
      <input id="dashboard-as-of-range" type="range" className="as-of-range" data-testid="as-of-range"
        min={0} max={scrubIndex(span, span.last)} step={1} value={scrubIndex(span, value)} aria-valuetext={scrubValueText(value)}
        title={`Drag to review the book day by day (${span.first} – ${span.last}); PageUp/PageDown move a month`}
        onKeyDown={onKeyDown} onChange={(e) => onChange(scrubDate(span, Number(e.target.value)))} />
      <output htmlFor="dashboard-as-of-range" className="muted as-of-hint" data-testid="as-of-hint">{scrubHint(value, today)}</output>
    </>
  );
}
