import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readFileSync,
  realpathSync,
  statSync,
} from 'node:fs';
import { realpath } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { isInside } from '../workspace.js';
import { listRepoFiles } from './list-files.js';
import { MAX_NESTING, nestingDepth, nestingSyntaxOf } from './nesting.js';
import { parserFor } from './parser-for.js';
import { byPosition } from './text-span.js';
import type { DependencyRef } from './types.js';

export interface ScanOptions {
  /** Globs of repo-relative paths to skip (the `scan-ignore` input). */
  ignore?: readonly string[];
  /** Files larger than this are skipped unread; dependency manifests are far smaller. Default 1 MiB. */
  maxFileBytes?: number;
  /**
   * Told about each listed dependency file that was not read, and why (`inventory.unreadable`): too
   * large, nested too deeply, not UTF-8 text, a symlink leaving the root, not a regular file.
   */
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
    if ('skipped' in result) {
      options.onSkip?.(file, result.skipped);
      continue;
    }
    const syntax = nestingSyntaxOf(file);
    if (syntax && nestingDepth(result.text, syntax) > MAX_NESTING) {
      options.onSkip?.(file, `it nests arrays or objects more than ${MAX_NESTING} levels deep`);
      continue;
    }
    for (const ref of parse(file, result.text)) refs.push(ref);
  }
  return byPosition(refs);
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });
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
    if (bytes.includes(0)) return { skipped: 'it is not text (it holds NUL bytes)' };
    try {
      return { text: UTF8.decode(bytes) };
    } catch {
      return { skipped: 'it is not UTF-8 text' };
    }
  } catch (error) {
    return { skipped: `it could not be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Open a listed file only where its real path stays inside the repository. `git ls-files` lists
 * what the index holds, and a folder on the way may have become a symlink in the work tree
 * (`sub/package.json` with `sub -> /elsewhere`): so every read resolves the whole path, refuses a
 * real path outside the root, opens that real path with O_NOFOLLOW, and checks that what it opened
 * is the file it resolved (no swap in between).
 */
function openInside(realRoot: string, file: string): number | { skipped: string } {
  let target: string;
  try {
    target = realpathSync.native(join(realRoot, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { skipped: code === 'ENOENT' ? 'it is a symlink to nothing' : `it could not be read (${code})` };
  }
  if (target === realRoot || !isInside(realRoot, target)) {
    const isLink = lstatSync(join(realRoot, file), { throwIfNoEntry: false })?.isSymbolicLink();
    return {
      skipped: isLink
        ? 'it is a symlink to a path outside the repository'
        : 'it lies below a symlinked folder that leads outside the repository',
    };
  }
  const fd = openSync(target, OPEN_FLAGS | (constants.O_NOFOLLOW ?? 0));
  const opened = fstatSync(fd);
  const resolved = statSync(target, { throwIfNoEntry: false });
  if (!resolved || resolved.ino !== opened.ino || resolved.dev !== opened.dev) {
    closeSync(fd);
    return { skipped: 'it changed while it was being read' };
  }
  return fd;
}
