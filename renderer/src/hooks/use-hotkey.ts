import { useEffect, useRef } from 'react';

const NON_TEXT_INPUTS = new Set(['radio', 'checkbox', 'button', 'submit', 'reset']);

/** Keys go to the field when the user is typing (or picking from a list), not to shortcuts. */
function typingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(target.type);
  return target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT';
}

export interface HotkeyOptions {
  alt?: boolean;
  enabled?: boolean;
}

/**
 * A single-key shortcut for the page (e.g. "n" = new condor). It stays quiet while the user
 * types in a field, while a modal dialog is open, and with Ctrl/⌘ held (browser shortcuts).
 */
export function useHotkey(key: string, handler: () => void, { alt = false, enabled = true }: HotkeyOptions = {}): void {
  const handlerRef = useRef(handler);
  useEffect(() => {
    handlerRef.current = handler;
  });

  useEffect(() => {
    if (!enabled) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey !== alt) return;
      if (typingInto(event.target) || document.querySelector('dialog[open]')) return;
      const pressed = alt ? event.code.replace(/^(Digit|Key)/, '').toLowerCase() : event.key.toLowerCase();
      if (pressed !== key.toLowerCase()) return;
      event.preventDefault();
      handlerRef.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [key, alt, enabled]);
}
