import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** A user-supplied path that resolves outside the workspace (directly, through `..`, or via a symlink). */
export class OutsideWorkspaceError extends Error {
  override name = 'OutsideWorkspaceError';
  constructor(readonly input: string) {
    super(`${input} resolves outside the workspace; refusing to use it`);
  }
}

function isInside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * Resolve a workspace-relative path and refuse it if it, or what its symlinks point to, leaves the
 * workspace. A path that does not exist yet (an output file) is checked through its nearest existing parent.
 */
export function resolveInWorkspace(workspace: string, input: string): string {
  const root = realpathSync(workspace);
  const target = resolve(root, input);
  if (!isInside(root, target)) throw new OutsideWorkspaceError(input);
  let existing = target;
  while (!existsSync(existing)) existing = resolve(existing, '..');
  if (!isInside(root, realpathSync(existing))) throw new OutsideWorkspaceError(input);
  return target;
}

/** The path to show the user: relative to the workspace, with `/` separators. */
export function displayPath(workspace: string, absolute: string): string {
  return relative(realpathSync(workspace), absolute).split(sep).join('/');
}

/** Read a regular file inside the workspace, refusing symlinks that lead out of it. */
export function readWorkspaceFile(workspace: string, absolute: string): string {
  const real = realpathSync(absolute);
  if (!isInside(realpathSync(workspace), real))
    throw new OutsideWorkspaceError(displayPath(workspace, absolute));
  if (!statSync(real).isFile()) throw new Error(`${displayPath(workspace, absolute)} is not a file`);
  return readFileSync(real, 'utf8');
}
