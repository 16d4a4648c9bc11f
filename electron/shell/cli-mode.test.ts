import { describe, expect, it } from 'vitest';
import { cliArgvFrom, dbFlagFrom } from './cli-mode';

describe('--cli in the app binary', () => {
  it('hands everything after --cli to the CLI, verbatim', () => {
    expect(cliArgvFrom(['/opt/ALVH Journal/alvh-journal', '--cli', 'layers', '--db', 'F', '--json'])).toEqual(['layers', '--db', 'F', '--json']);
    // Development: `electron . --cli …` puts the app path first.
    expect(cliArgvFrom(['/usr/lib/electron', '.', '--cli', 'portfolio', 'add', '--name', '--cli'])).toEqual(['portfolio', 'add', '--name', '--cli']);
    expect(cliArgvFrom(['alvh-journal', '--no-sandbox', '--cli'])).toEqual([]);
  });

  it('is the GUI when --cli is absent (also --cli=x, which is not the flag)', () => {
    expect(cliArgvFrom(['alvh-journal'])).toBeNull();
    expect(cliArgvFrom(['alvh-journal', '--db', 'x.sqlite'])).toBeNull();
    expect(cliArgvFrom(['alvh-journal', '--cli=layers'])).toBeNull();
  });

  it('reads the GUI’s --db in both spellings', () => {
    expect(dbFlagFrom(['app', '--db', '/tmp/j.sqlite'])).toBe('/tmp/j.sqlite');
    expect(dbFlagFrom(['app', '--db=/tmp/j.sqlite'])).toBe('/tmp/j.sqlite');
    expect(dbFlagFrom(['app'])).toBeUndefined();
    expect(dbFlagFrom(['app', '--db'])).toBeUndefined();
  });
});
