import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderImports, importCycles, tallestChain, tallestFeatureChain, tallestUnderFeature } from './renderer-tower.mjs';

/** A renderer tree from { 'folder/file.ts': 'source' }. */
function tree(files) {
  const root = mkdtempSync(join(tmpdir(), 'alvh-tower-'));
  for (const [path, source] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), source);
  }
  return root;
}

describe('renderer tower', () => {
  it('counts the folders on the longest import chain, tests left out', () => {
    const root = tree({
      'views/a-view.tsx': "import { A } from '../features/a/a-page';\n",
      'features/a/a-page.tsx': "import { B } from '../b/b-form';\nimport { C } from '../../components/c';\n",
      'features/a/a-page.test.ts': "import { X } from '../../shell/x';\n",
      'features/b/b-form.tsx': "import {\n  C,\n} from '../../components/c';\n",
      'components/c.tsx': 'export const C = 1;\n',
      'shell/x.ts': 'export const X = 1;\n',
    });
    const edges = folderImports(root);
    expect(tallestChain(edges)).toEqual(['views', 'features/a', 'features/b', 'components']);
    expect(tallestUnderFeature(edges)).toEqual(['features/a', 'features/b', 'components']);
    expect(tallestFeatureChain(edges)).toEqual(['features/a', 'features/b']);
  });

  it('names folders that import each other', () => {
    const root = tree({ 'a/x.ts': "import '../b/y';\n", 'b/y.ts': "import '../a/x';\n" });
    expect(importCycles(folderImports(root))).toEqual([['a', 'b']]);
  });

  it('keeps the real renderer flat: no feature on another, at most five floors from a feature down, no cycle', () => {
    const edges = folderImports('renderer/src');
    expect(tallestFeatureChain(edges)).toHaveLength(1);
    expect(tallestUnderFeature(edges).length).toBeLessThanOrEqual(5);
    expect(importCycles(edges)).toEqual([]);
  });
});
