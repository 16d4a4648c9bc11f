// How tall the renderer stands: the longest chain of imports between its folders.
// Each folder under renderer/src (features/condor, components, views, …) is one floor; an import
// from a file in folder A of a file in folder B puts A on top of B. A change at the bottom of a
// tall chain ripples through every floor above it. Above the features stand only the composers
// (views/, shell/, app.tsx); from a feature down the chain is kept to ≤ 5 floors, and no feature
// imports another (features alone: 1 floor; ESLint holds that rule, see eslint.config.js).
// Usage: node scripts/renderer-tower.mjs [renderer/src]   (tests are left out: they import freely)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const importPattern = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]*)['"]/g;

/** Source files (no tests) under `dir`, as absolute paths. */
function sourceFiles(dir) {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry) && !/\.test\.tsx?$/.test(entry) ? [path] : [];
  });
}

/** Folder → the other folders of `root` its files import (relative imports inside `root` only). */
export function folderImports(root) {
  const edges = new Map();
  for (const file of sourceFiles(root)) {
    const from = relative(root, dirname(file)) || '.';
    const targets = edges.get(from) ?? new Set();
    edges.set(from, targets);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(importPattern)) {
      const target = resolve(dirname(file), spec);
      const to = relative(root, dirname(target)) || '.';
      if (!to.startsWith('..') && to !== from) targets.add(to);
    }
  }
  return edges;
}

/** The longest import chain (no folder twice), top floor first. Folders that import each other
 *  in a cycle make the tower taller still: the chain runs through every folder of the cycle. */
export function tallestChain(edges) {
  let tallest = [];
  const path = [];
  const onPath = new Set();
  const climb = (folder) => {
    path.push(folder);
    onPath.add(folder);
    if (path.length > tallest.length) tallest = [...path];
    for (const next of edges.get(folder) ?? []) if (!onPath.has(next)) climb(next);
    onPath.delete(folder);
    path.pop();
  };
  for (const folder of [...edges.keys()].sort()) climb(folder);
  return tallest;
}

/** Groups of folders that import one another, directly or around a loop (Tarjan's components). */
export function importCycles(edges) {
  const index = new Map();
  const low = new Map();
  const stack = [];
  const cycles = [];
  const visit = (folder) => {
    index.set(folder, index.size);
    low.set(folder, index.get(folder));
    stack.push(folder);
    for (const next of edges.get(folder) ?? []) {
      if (!index.has(next)) visit(next);
      if (stack.includes(next)) low.set(folder, Math.min(low.get(folder), low.get(next)));
    }
    if (low.get(folder) !== index.get(folder)) return;
    const group = stack.splice(stack.indexOf(folder));
    if (group.length > 1) cycles.push(group.sort());
  };
  for (const folder of [...edges.keys()].sort()) if (!index.has(folder)) visit(folder);
  return cycles;
}

/** The longest chain from a feature down: the floors one screen stands on (≤ 5 is the target). */
export function tallestUnderFeature(edges) {
  const below = new Map([...edges].filter(([from]) => !['.', 'shell', 'views'].includes(from)));
  return tallestChain(below);
}

/** The longest chain that passes only through feature folders (features importing features). */
export function tallestFeatureChain(edges) {
  const featuresOnly = new Map([...edges].filter(([from]) => from.startsWith('features/'))
    .map(([from, to]) => [from, new Set([...to].filter((t) => t.startsWith('features/')))]));
  return tallestChain(featuresOnly);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(process.argv[2] ?? 'renderer/src');
  const edges = folderImports(root);
  const chain = tallestChain(edges);
  const features = tallestFeatureChain(edges);
  console.log(`renderer tower: ${chain.length} floors`);
  console.log(`  ${chain.join(' → ')}`);
  const underFeature = tallestUnderFeature(edges);
  console.log(`from a feature down: ${underFeature.length} floors`);
  console.log(`  ${underFeature.join(' → ')}`);
  console.log(`features alone: ${features.length} floor${features.length === 1 ? '' : 's'}`);
  if (features.length > 1) console.log(`  ${features.join(' → ')}`);
  for (const cycle of importCycles(edges)) console.log(`import cycle: ${cycle.join(', ')}`);
}
