/**
 * Output files appear under their final name only once complete: written to a temporary
 * name in the same folder (so the rename is atomic), flushed, then renamed. A kill or a full
 * disk mid-write leaves at most a `.partial` file that no listing, rotation or recovery reads.
 */
import { closeSync, existsSync, fsyncSync, linkSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ApiError } from '../../../shared/api/errors';

/** Marks an unfinished output; never matches a backup or report name. */
export const PARTIAL_SUFFIX = '.partial';

/** A temporary name beside `path` (same folder, so renaming it is atomic), unique per process and call. */
export function partialPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}${PARTIAL_SUFFIX}`);
}

/**
 * Writes `content` to `path` through a temporary file; `verify` (if given) checks the
 * temporary file before it gets the final name. Refuses to replace an existing file.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array, verify?: (partialPath: string) => void): void {
  const partial = partialPathFor(path);
  try {
    writeFileSync(partial, content, { flag: 'wx', flush: true });
    verify?.(partial);
    publish(partial, path);
  } finally {
    rmSync(partial, { force: true });
  }
}

/**
 * As {@link writeFileAtomic} for output produced in pieces (a PDF page by page): each chunk
 * goes straight to the temporary file, so the whole never sits in memory.
 */
export async function writeChunksAtomic(path: string, produce: (write: (chunk: Uint8Array) => void) => Promise<void>): Promise<void> {
  const partial = partialPathFor(path);
  try {
    const fd = openSync(partial, 'wx');
    try {
      await produce((chunk) => { writeSync(fd, chunk); });
    } finally {
      closeSync(fd);
    }
    publish(partial, path);
  } finally {
    rmSync(partial, { force: true });
  }
}

/**
 * Gives a finished temporary file its final name without ever replacing a file there: a hard
 * link fails if the name is taken (where the file system has no links, a checked rename).
 */
export function publish(partial: string, path: string): void {
  syncFile(partial);
  try {
    linkSync(partial, path);
    rmSync(partial, { force: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new ApiError('conflict', `${path} already exists; choose another name (outputs never overwrite)`);
    if (existsSync(path)) throw error;
    renameSync(partial, path);
  }
  syncFolder(dirname(path));
}

function syncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try { fsyncSync(fd); } finally { closeSync(fd); }
}

/** Makes the rename itself durable; some platforms cannot open a folder, which is harmless. */
function syncFolder(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try { fsyncSync(fd); } finally { closeSync(fd); }
  } catch { /* Windows: folders cannot be fsynced; NTFS journals the rename. */ }
}
