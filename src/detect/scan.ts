import { closeSync, constants, fstatSync, openSync, readFileSync, realpathSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { isInside } from '../workspace.js';
import { listRepoFiles } from './list-files.js';
import { parserFor } from './parser-for.js';
import { byPosition } from './text-span.js';
import type { DependencyRef } from './types.js';

export interface ScanOptions {
  /** Globs of repo-relative paths to skip (the `scan-ignore` input). */
  ignore?: readonly string[];
  /** Files larger than this are skipped unread; dependency manifests are far smaller. Default 1 MiB. */
  maxFileBytes?: number;
  /** Told about each listed file that was not read, and why. */
  onSkip?: (file: string, reason: string) => void;
}

const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

/** Every dependency and env key declared in the repository at `root`, in file and line order. */
export async function scanRepository(root: string, options: ScanOptions = {}): Promise<DependencyRef[]> {
  const realRoot = await realpath(resolve(root));
  const files = await listRepoFiles(realRoot, { ignore: options.ignore ?? [] });
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const refs: DependencyRef[] = [];
  // Synchronous reads: thousands of small files, nothing else to do meanwhile, and a promise
  // round trip through the thread pool per system call cost more than the reads themselves.
  for (const file of files) {
    const parse = parserFor(file);
    if (parse === undefined) continue;
    const result = readRepoFile(realRoot, file, maxBytes);
    if ('skipped' in result) options.onSkip?.(file, result.skipped);
    else for (const ref of parse(file, result.text)) refs.push(ref);
  }
  return byPosition(refs);
}

const UTF8 = new TextDecoder('utf-8');
/** O_NOFOLLOW where the platform has it; O_NONBLOCK so that opening a FIFO cannot hang the scan. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/**
 * Reads a repo file as UTF-8 (dropping a byte-order mark), refusing anything that
 * resolves outside the root through a symlink, is not a regular file, or is too large.
 */
export function readRepoFile(
  realRoot: string,
  file: string,
  maxBytes: number,
): { text: string } | { skipped: string } {
  let fd: number | undefined;
  try {
    const opened = openInside(realRoot, file);
    if (typeof opened !== 'number') return opened;
    fd = opened;
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { skipped: 'it is not a regular file' };
    if (stats.size > maxBytes) return { skipped: `it is larger than ${maxBytes} bytes` };
    const bytes = readFileSync(fd);
    if (bytes.length > maxBytes) return { skipped: `it is larger than ${maxBytes} bytes` };
    return { text: UTF8.decode(bytes) };
  } catch (error) {
    return { skipped: `it could not be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Open a listed file without following a symlink out of the repository. Neither `git ls-files`
 * nor the walk lists a path below a symlinked folder, so only the file itself can be a link:
 * open it with O_NOFOLLOW, and resolve the link only when that fails because it is one.
 */
function openInside(realRoot: string, file: string): number | { skipped: string } {
  const path = join(realRoot, file);
  if (constants.O_NOFOLLOW !== undefined) {
    try {
      return openSync(path, OPEN_FLAGS | constants.O_NOFOLLOW);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ELOOP' && code !== 'EMLINK') throw error; // EMLINK: FreeBSD's answer
    }
  }
  const target = realpathSync(path);
  if (target === realRoot || !isInside(realRoot, target))
    return { skipped: 'it is a symlink to a path outside the repository' };
  return openSync(target, OPEN_FLAGS);
}
