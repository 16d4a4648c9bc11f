import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findElectronBinary } from './electron-binary.mjs';

function fakeElectronPackage({ pathTxt, binary }) {
  const dir = mkdtempSync(join(tmpdir(), 'alvh-electron-'));
  writeFileSync(join(dir, 'package.json'), '{"name":"electron"}');
  if (pathTxt !== undefined) writeFileSync(join(dir, 'path.txt'), pathTxt);
  if (binary) {
    mkdirSync(join(dir, 'dist'), { recursive: true });
    writeFileSync(join(dir, 'dist', binary), '');
  }
  return dir;
}

describe('findElectronBinary (npm start)', () => {
  it('reports an install made with ELECTRON_SKIP_BINARY_DOWNLOAD (no path.txt, no dist/)', () => {
    const result = findElectronBinary(fakeElectronPackage({}));
    expect(result).toEqual({ found: false, reason: expect.stringContaining('path.txt is missing') });
  });

  it('reports a path.txt whose binary is gone (a deleted or partial dist/)', () => {
    const result = findElectronBinary(fakeElectronPackage({ pathTxt: 'electron' }));
    expect(result).toEqual({ found: false, reason: expect.stringContaining('dist/electron does not exist') });
  });

  it('reports a missing electron package', () => {
    const result = findElectronBinary(join(tmpdir(), 'no-such-electron-package'));
    expect(result.found).toBe(false);
  });

  it('finds the binary path.txt names', () => {
    const dir = fakeElectronPackage({ pathTxt: 'electron', binary: 'electron' });
    expect(findElectronBinary(dir)).toEqual({ found: true, path: join(dir, 'dist', 'electron') });
  });
});
