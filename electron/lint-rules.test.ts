/** The lint rules that hold the architecture: the backend boundary, one writer per table, and the size limits. */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

/** The no-restricted-imports messages ESLint gives `source` as if it were the file at `filePath`. */
async function restrictedImports(source: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('electron/backend import boundary', () => {
  it.each([
    ["import { app } from 'electron';", 'runs under plain Node'],
    ["import { ipcMain } from 'electron/main';", 'runs under plain Node'],
    ["import { createMainWindow } from '../../shell/window';", 'must not import the adapters'],
    ["import { startWebHost } from '../../host/web-host';", 'must not import the adapters'],
    ["import { runCli } from '../../cli/run-cli';", 'must not import the CLI'],
  ])('rejects %s in a handler', async (line, reason) => {
    const messages = await restrictedImports(`${line}\n`, 'electron/backend/handlers/probe.ts');
    expect(messages.join('\n')).toContain(reason);
  });

  it('accepts shared/ and Node built-ins, and the same Electron import in the shell', async () => {
    expect(await restrictedImports("import { join } from 'node:path';\nimport { operations } from '../../../shared/api/contract';\n", 'electron/backend/handlers/probe.ts')).toEqual([]);
    expect(await restrictedImports("import { app } from 'electron';\n", 'electron/shell/probe.ts')).toEqual([]);
  });
});

describe('one writer per table', () => {
  const write = "export const s = (db: { prepare(q: string): unknown }) => db.prepare('UPDATE layers SET opened_on = ? WHERE id = ?');\n";
  const syntaxErrors = async (source: string, filePath: string) => {
    const [result] = await eslint.lintText(source, { filePath });
    return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
  };

  it('rejects SQL that writes rows in a handler, a service or a task', async () => {
    for (const filePath of ['electron/backend/handlers/probe.ts', 'electron/backend/services/probe.ts', 'electron/backend/tasks/probe.ts']) {
      expect((await syntaxErrors(write, filePath)).join('\n'), filePath).toContain('belongs in electron/backend/repos/');
    }
    const template = 'export const q = (table: string) => `\n  DELETE FROM "${table}"`;\n';
    expect(await syntaxErrors(template, 'electron/backend/handlers/probe.ts')).toHaveLength(1);
  });

  it('accepts it in repos/ and reads anywhere', async () => {
    expect(await syntaxErrors(write, 'electron/backend/repos/probe.ts')).toEqual([]);
    expect(await syntaxErrors("export const q = 'SELECT * FROM layers';\nexport const method = 'DELETE';\n", 'electron/backend/handlers/probe.ts')).toEqual([]);
  });
});

describe('size limits', () => {
  const ruleErrors = async (source: string, filePath: string, rule: string) => {
    const [result] = await eslint.lintText(source, { filePath });
    return (result?.messages ?? []).filter((m) => m.ruleId === rule).map((m) => m.message);
  };
  /** A function with `branches` if-statements: complexity branches + 1. */
  const branchy = (branches: number) =>
    `export function f(x: number): number {\n${Array.from({ length: branches }, (_, i) => `  if (x === ${i}) return ${i};`).join('\n')}\n  return -1;\n}\n`;

  it('caps a new function at complexity 13', async () => {
    expect(await ruleErrors(branchy(12), 'shared/domain/probe.ts', 'complexity')).toEqual([]);
    expect(await ruleErrors(branchy(13), 'shared/domain/probe.ts', 'complexity')).toEqual([expect.stringContaining('complexity of 14') as string]);
  });

  it('caps a new line at 160 characters, strings aside', async () => {
    const long = `export const total = ${Array.from({ length: 40 }, (_, i) => `a${i}`).join(' + ')};\n`;
    const declared = Array.from({ length: 40 }, (_, i) => `const a${i} = ${i};`).join('\n');
    expect(await ruleErrors(`${declared}\n${long}`, 'shared/domain/probe.ts', 'max-len')).toHaveLength(1);
    expect(await ruleErrors(`export const s = '${'x'.repeat(200)}';\n`, 'shared/domain/probe.ts', 'max-len')).toEqual([]);
  });
});
