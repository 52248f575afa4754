import { lstatSync, realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { DEFAULT_MANIFEST } from '../options.js';

/**
 * The repository's top level: the nearest folder from `cwd` upward that holds `.git` (a folder, or
 * a file in a worktree or submodule); undefined outside a git repository.
 */
export function repositoryTop(cwd: string): string | undefined {
  for (let dir = cwd; ; dir = dirname(dir)) {
    if (lstatSync(join(dir, '.git'), { throwIfNoEntry: false })) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/** Where a CLI run reads from: the workspace folder and the manifest's absolute path. */
export interface CliPaths {
  workspace: string;
  manifest: string;
  /** The manifest was found by walking up from the current directory (not named, not the default). */
  found: boolean;
}

/**
 * Without `--manifest`: the nearest `.github/vendor-gate.yml` from `cwd` upward, stopping at the
 * repository's top level (only `cwd` itself outside a repository); the folder holding that
 * `.github/` is the workspace. None found: the default path at the top level (or `cwd`), so the
 * error names where one is expected. With `--manifest` (relative to `cwd`): a manifest in some
 * `.github/` makes the folder above it the workspace; any other the top level (or `cwd`).
 */
export function discoverPaths(rawCwd: string, manifestFlag?: string): CliPaths {
  const cwd = realpathSync(rawCwd);
  const top = repositoryTop(cwd);
  if (manifestFlag !== undefined) {
    const manifest = resolve(cwd, manifestFlag);
    const parent = dirname(manifest);
    const workspace = basename(parent) === '.github' ? dirname(parent) : (top ?? cwd);
    return { workspace, manifest, found: false };
  }
  for (let dir = cwd; ; dir = dirname(dir)) {
    const candidate = join(dir, DEFAULT_MANIFEST);
    if (lstatSync(candidate, { throwIfNoEntry: false }))
      return { workspace: dir, manifest: candidate, found: dir !== cwd };
    if (top === undefined || dir === top || dirname(dir) === dir) break;
  }
  const workspace = top ?? cwd;
  return { workspace, manifest: join(workspace, DEFAULT_MANIFEST), found: false };
}
