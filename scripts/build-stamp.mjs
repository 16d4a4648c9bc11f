// The Node bundles' freshness: build-node.mjs writes a stamp after a build; a build is stale
// when the stamp is missing or older than any source the bundles are made from.
import { existsSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Folders and files the Node bundles are built from (the renderer is not among them). */
export const nodeSources = ['electron', 'shared', 'bench', 'package.json', 'scripts/build-node.mjs'];
export const stampName = '.node-build-stamp';

/** Newest modification time (ms) of any file under the given paths, skipping tests. */
export function newestMtimeMs(root, paths = nodeSources) {
  let newest = 0;
  const visit = (path) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path)) if (entry !== 'node_modules') visit(join(path, entry));
    } else if (!/\.test\.tsx?$/.test(path)) {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  for (const path of paths) visit(join(root, path));
  return newest;
}

export function isBuildStale(root, distDir) {
  const stamp = join(distDir, stampName);
  if (!existsSync(stamp) || !existsSync(join(distDir, 'cli.cjs'))) return true;
  return newestMtimeMs(root) > statSync(stamp).mtimeMs;
}

/** Dated to when the build STARTED, so a source saved during the build still counts as newer. */
export function writeBuildStamp(distDir, startedAtMs) {
  const stamp = join(distDir, stampName);
  writeFileSync(stamp, `${new Date(startedAtMs).toISOString()}\n`);
  utimesSync(stamp, startedAtMs / 1000, startedAtMs / 1000);
}
