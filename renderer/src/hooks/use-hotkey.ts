import { useEffect, useRef } from 'react';

const NON_TEXT_INPUTS = new Set(['radio', 'checkbox', 'button', 'submit', 'reset']);

/** Keys go to the field when the user is typing (or picking from a list), not to shortcuts. */
function typingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(target.type);
  return target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT';
}

/** The letter or digit of the physical key (`Digit3` → "3", `KeyN` → "n"). */
export function physicalKey(code: string): string {
  return code.replace(/^(Digit|Key)/, '').toLowerCase();
}

/**
 * Whether a focused field "uses" an Alt shortcut's key: it does when the keyboard layout turns
 * Alt+key into a character to type (macOS: Alt+3 types "£" or "#"), so the character goes to the
 * field. Where Alt+digit types nothing (Windows, Linux) the section shortcut works from any field.
 */
export function fieldUsesAltKey(key: string, code: string): boolean {
  return key.length === 1 && key.toLowerCase() !== physicalKey(code);
}

export interface HotkeyOptions {
  alt?: boolean;
  enabled?: boolean;
}

/**
 * A single-key shortcut for the page (e.g. "n" = new condor). It stays quiet while a modal
 * dialog is open and with Ctrl/⌘ held (browser shortcuts); a plain key also while the user types
 * in a field, an Alt one (Alt+digit = section) only when the field uses that key (or handled it).
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
      if (document.querySelector('dialog[open]')) return;
      // Plain keys belong to the field being typed in; Alt shortcuts work from fields too, unless the field uses the key.
      if (typingInto(event.target) && (!alt || fieldUsesAltKey(event.key, event.code))) return;
      const pressed = alt ? physicalKey(event.code) : event.key.toLowerCase();
      if (pressed !== key.toLowerCase()) return;
      event.preventDefault();
      handlerRef.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [key, alt, enabled]);
}
