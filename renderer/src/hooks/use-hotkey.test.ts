import { describe, expect, it } from 'vitest';
import { fieldUsesAltKey, physicalKey } from './use-hotkey';

describe('Alt+digit section shortcuts from a focused field', () => {
  it('reads the physical key', () => {
    expect(physicalKey('Digit3')).toBe('3');
    expect(physicalKey('KeyN')).toBe('n');
  });

  it('leaves the key to the field only when the layout types a character with Alt', () => {
    expect(fieldUsesAltKey('3', 'Digit3')).toBe(false); // Windows / Linux: Alt+3 types nothing
    expect(fieldUsesAltKey('£', 'Digit3')).toBe(true); // macOS UK: Alt+3 types £
    expect(fieldUsesAltKey('¡', 'Digit1')).toBe(true); // macOS US: Alt+1 types ¡
    expect(fieldUsesAltKey('Alt', 'AltLeft')).toBe(false);
  });
});
