import { lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { fileStart, invalid, valid, type Checked } from './source/config-error.js';

/**
 * A user-supplied path the gate refuses: it resolves outside the workspace (directly, through `..`,
 * or via a symlink), or through a symlink whose target cannot be checked.
 */
export class OutsideWorkspaceError extends Error {
  override name = 'OutsideWorkspaceError';
  constructor(
    readonly input: string,
    reason = 'resolves outside the workspace',
  ) {
    super(`${input} ${reason}; refusing to use it`);
  }
}

/** Files the user writes are a few kilobytes; refuse anything larger before reading it. */
export const MAX_USER_FILE_BYTES = 1024 * 1024;

/** True for `root` itself and any path below it. */
export function isInside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * Resolve a workspace-relative path and refuse it if it, or what its symlinks point to, leaves the
 * workspace. A path that does not exist yet (an output file) is checked through its nearest existing
 * parent. A symlink counts as existing even when its target does not (a dangling link would
 * otherwise let a write land wherever it points), and one that cannot be resolved is refused.
 */
export function resolveInWorkspace(workspace: string, input: string): string {
  const root = realpathSync(workspace);
  const target = resolve(root, input);
  if (!isInside(root, target)) throw new OutsideWorkspaceError(input);
  let existing = target;
  while (!lstatSync(existing, { throwIfNoEntry: false })) existing = resolve(existing, '..');
  let real: string;
  try {
    real = realpathSync(existing);
  } catch {
    throw new OutsideWorkspaceError(input, 'goes through a symlink whose target does not exist');
  }
  if (!isInside(root, real)) throw new OutsideWorkspaceError(input);
  return target;
}

/** The path to show the user: relative to the workspace, with `/` separators. */
export function displayPath(workspace: string, absolute: string): string {
  return relative(realpathSync(workspace), absolute).split(sep).join('/');
}

/**
 * Read a file the user wrote (manifest, policy, local rule) as UTF-8 text. Anything that is not a
 * readable regular file inside the workspace, is too large, or is not UTF-8 is a located config
 * error on that file; nothing is read from outside.
 */
export function readWorkspaceFile(
  workspace: string,
  absolute: string,
  maxBytes: number = MAX_USER_FILE_BYTES,
): Checked<string> {
  const shown = displayPath(workspace, absolute);
  const fail = (message: string) => invalid<string>([{ message, location: fileStart(shown) }]);
  let real: string;
  try {
    real = realpathSync(absolute);
  } catch {
    return fail(
      lstatSync(absolute, { throwIfNoEntry: false }) ? 'the path is a symlink to nothing' : 'file not found',
    );
  }
  if (!isInside(realpathSync(workspace), real)) throw new OutsideWorkspaceError(shown);
  const stats = statSync(real);
  if (!stats.isFile())
    return fail(stats.isDirectory() ? 'the path is a folder, not a file' : 'the path is not a regular file');
  if (stats.size > maxBytes) return fail(`the file is larger than ${maxBytes} bytes; refusing to read it`);
  try {
    return valid(new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(real)));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_ENCODING_INVALID_ENCODED_DATA')
      return fail('the file is not UTF-8 text');
    return fail(`the file could not be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}
