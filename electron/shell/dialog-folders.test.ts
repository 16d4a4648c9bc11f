import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dialogFoldersPath, folderFor, parseDialogFolders, readDialogFolders, rememberFolder, writeDialogFolders } from './dialog-folders';

const docs = resolve('/home/u/Documents');
const reports = resolve('/home/u/Reports');

describe('remembered save-dialog folders', () => {
  it('falls back to Documents, then remembers the folder per kind', () => {
    expect(folderFor({}, 'report', docs)).toBe(docs);
    const after = rememberFolder({}, 'report', join(reports, 'june.pdf'));
    expect(folderFor(after, 'report', docs)).toBe(reports);
    expect(folderFor(after, 'backup', docs)).toBe(docs);
  });

  it('does not change the folders it is given', () => {
    const before = { backup: docs };
    rememberFolder(before, 'backup', join(reports, 'x.sqlite'));
    expect(before).toEqual({ backup: docs });
  });

  it('keeps only known kinds with absolute folders from the file', () => {
    const text = JSON.stringify({ report: reports, backup: 'relative/dir', passwords: docs, backtest: 42 });
    expect(parseDialogFolders(text)).toEqual({ report: reports });
    for (const broken of [null, '', '{', '[]', 'null', '"x"']) expect(parseDialogFolders(broken), String(broken)).toEqual({});
  });

  it('round-trips through userData/dialog-folders.json', () => {
    const dir = mkdtempSync(join(tmpdir(), 'alvh-folders-'));
    try {
      const file = dialogFoldersPath(dir);
      expect(readDialogFolders(file)).toEqual({});
      writeDialogFolders(file, { backtest: reports });
      expect(readDialogFolders(file)).toEqual({ backtest: reports });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
