import { useId, type ReactNode } from 'react';

interface HelpTipProps {
  /** What is explained, e.g. "RSI threshold"; names the button for screen readers. */
  topic: string;
  children: ReactNode;
  testId?: string;
}

/**
 * A small "?" that opens a definition next to it. A native popover: the browser handles
 * Escape, a click outside and the top layer; CSS anchor positioning keeps it by the button.
 */
export function HelpTip({ topic, children, testId }: HelpTipProps) {
  const id = `help-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const anchor = `--${id}`;
  return (
    <>
      <button type="button" className="help-tip" popoverTarget={id} aria-label={`About ${topic}`} title={`About ${topic}`} style={{ anchorName: anchor }} data-testid={testId}>
        ?
      </button>
      <div id={id} popover="auto" className="help-popover" style={{ positionAnchor: anchor }} data-testid={testId ? `${testId}-text` : undefined}>
        <strong className="help-popover-title">{topic}</strong>
        <div className="help-popover-body">{children}</div>
      </div>
    </>
  );
}
