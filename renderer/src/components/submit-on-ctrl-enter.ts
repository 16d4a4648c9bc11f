import type { KeyboardEvent } from 'react';

/** Enter submits from a single-line field natively; in a textarea Ctrl/⌘+Enter does. */
export function submitOnCtrlEnter(event: KeyboardEvent<HTMLTextAreaElement>): void {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    event.currentTarget.form?.requestSubmit();
  }
}
