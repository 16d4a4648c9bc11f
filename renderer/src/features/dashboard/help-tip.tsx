import { useId, useState } from 'react';

interface HelpTipProps {
  /** What the figure means: shown on hover (title) and on click / Enter as a small popover. */
  text: string;
  label: string;
}

/** A "?" next to a figure: a button that toggles its definition (Escape closes it). */
export function HelpTip({ text, label }: HelpTipProps) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <span className="metric-help">
      <button type="button" className="metric-help-button" title={text} aria-label={`What is ${label}?`} aria-expanded={open} aria-controls={id}
        onClick={() => setOpen((o) => !o)} onKeyDown={(e) => { if (e.key === 'Escape') setOpen(false); }} onBlur={() => setOpen(false)}>?</button>
      {open ? <span role="tooltip" id={id} className="metric-help-popover">{text}</span> : null}
    </span>
  );
}
