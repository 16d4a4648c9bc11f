import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isBuildStale, writeBuildStamp } from './build-stamp.mjs';

function project() {
  const root = mkdtempSync(join(tmpdir(), 'alvh-stamp-'));
  mkdirSync(join(root, 'shared'));
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'shared', 'a.ts'), 'export const a = 1;');
  writeFileSync(join(root, 'dist', 'cli.cjs'), '');
  const at = (path, seconds) => utimesSync(join(root, path), seconds, seconds);
  at('shared/a.ts', 1000);
  return { root, dist: join(root, 'dist'), at };
}

describe('npm run cli builds only when a source changed', () => {
  it('is stale before the first build', () => {
    const { root, dist } = project();
    expect(isBuildStale(root, dist)).toBe(true);
  });

  it('is fresh after a build that started after the last edit', () => {
    const { root, dist } = project();
    writeBuildStamp(dist, 2000_000);
    expect(isBuildStale(root, dist)).toBe(false);
  });

  it('is stale again once a source is saved after the build started', () => {
    const { root, dist, at } = project();
    writeBuildStamp(dist, 2000_000);
    at('shared/a.ts', 2001);
    expect(isBuildStale(root, dist)).toBe(true);
  });

  it('ignores test files, which are not in the bundles', () => {
    const { root, dist, at } = project();
    writeBuildStamp(dist, 2000_000);
    writeFileSync(join(root, 'shared', 'a.test.ts'), '');
    at('shared/a.test.ts', 3000);
    expect(isBuildStale(root, dist)).toBe(false);
  });
});
