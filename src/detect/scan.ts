import type { FileHandle } from 'node:fs/promises';
import { open, realpath } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
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
/** Enough parallel reads to hide latency without exhausting file handles in a large monorepo. */
const CONCURRENT_READS = 16;

/** Every dependency and env key declared in the repository at `root`, in file and line order. */
export async function scanRepository(root: string, options: ScanOptions = {}): Promise<DependencyRef[]> {
  const realRoot = await realpath(resolve(root));
  const files = await listRepoFiles(realRoot, { ignore: options.ignore ?? [] });
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const refs: DependencyRef[] = [];
  for (let index = 0; index < files.length; index += CONCURRENT_READS) {
    const batch = files.slice(index, index + CONCURRENT_READS);
    const texts = await Promise.all(batch.map((file) => readRepoFile(realRoot, file, maxBytes)));
    batch.forEach((file, position) => {
      const result = texts[position];
      const parse = parserFor(file);
      if (result === undefined || parse === undefined) return;
      if ('skipped' in result) options.onSkip?.(file, result.skipped);
      else refs.push(...parse(file, result.text));
    });
  }
  return byPosition(refs);
}

/**
 * Reads a repo file as UTF-8 (dropping a byte-order mark), refusing anything that
 * resolves outside the root through a symlink, is not a regular file, or is too large.
 */
async function readRepoFile(
  realRoot: string,
  file: string,
  maxBytes: number,
): Promise<{ text: string } | { skipped: string }> {
  let handle: FileHandle | undefined;
  try {
    const target = await realpath(join(realRoot, file));
    if (!isInside(realRoot, target)) return { skipped: 'it is a symlink to a path outside the repository' };
    handle = await open(target, 'r');
    const stats = await handle.stat();
    if (!stats.isFile()) return { skipped: 'it is not a regular file' };
    if (stats.size > maxBytes) return { skipped: `it is larger than ${maxBytes} bytes` };
    const bytes = await handle.readFile();
    if (bytes.length > maxBytes) return { skipped: `it is larger than ${maxBytes} bytes` };
    return { text: new TextDecoder('utf-8').decode(bytes) };
  } catch (error) {
    return { skipped: `it could not be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  } finally {
    await handle?.close();
  }
}

function isInside(root: string, path: string): boolean {
  const fromRoot = relative(root, path);
  return fromRoot !== '' && fromRoot !== '..' && !fromRoot.startsWith(`..${sep}`) && !isAbsolute(fromRoot);
}
