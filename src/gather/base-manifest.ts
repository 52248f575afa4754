import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Catalogue } from '../catalogue/catalogue.js';
import { parseManifest } from '../manifest/load.js';
import type { Manifest } from '../manifest/types.js';

const run = promisify(execFile);

/**
 * Reads the base branch's version of a workspace-relative file; undefined when it has none (the
 * pull request that adopts Vendor Gate), `unreadable` when it exists but could not be read (an API
 * outage): that is reported at policy.weakened's severity, never taken for "no base".
 */
export type BaseReader = (
  path: string,
) => Promise<{ text: string; label: string } | { unreadable: string; label: string } | undefined>;

/** Fails with a clear message unless `ref` names a commit in the workspace's repository. */
export async function verifyGitRef(workspace: string, ref: string): Promise<void> {
  if (ref.startsWith('-')) throw new Error(`'${ref}' is not a git ref`);
  try {
    await run('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: workspace });
  } catch {
    throw new Error(
      `--base: '${ref}' is not a commit in this repository (fetch it first, e.g. git fetch origin main)`,
    );
  }
}

/** Read a file at a git ref with `git show` (no shell; the ref is passed as one argument). */
export function gitBaseReader(workspace: string, ref: string): BaseReader {
  return async (path) => {
    if (ref.startsWith('-')) throw new Error(`'${ref}' is not a git ref`);
    try {
      const { stdout } = await run('git', ['show', `${ref}:${path}`], {
        cwd: workspace,
        maxBuffer: 2 * 1024 * 1024,
        encoding: 'utf8',
      });
      return { text: stdout, label: `${path} at ${ref}` };
    } catch {
      return undefined;
    }
  };
}

/** The base branch's manifest, parsed; or a note saying why it was not compared. */
export interface BaseManifest {
  base?: { label: string; manifest: Manifest };
  /** A base that exists but could not be read: reported at policy.weakened's severity, never "no base". */
  unreadable?: { label: string; reason: string; file: string };
  note?: string;
}

/**
 * Read and parse the base branch's manifest for `policy.weakened`. A base without one (the pull
 * request that adopts Vendor Gate) has nothing to compare; an invalid one is noted and skipped.
 */
export async function readBaseManifest(
  readBase: BaseReader,
  manifestFile: string,
  catalogue: Catalogue,
): Promise<BaseManifest> {
  const found = await readBase(manifestFile);
  if (!found) return {};
  if ('unreadable' in found)
    return { unreadable: { label: found.label, reason: found.unreadable, file: manifestFile } };
  const parsed = parseManifest(found.label, found.text, catalogue);
  if (!parsed.ok)
    return {
      note: `the base manifest (${found.label}) is not valid, so it was not compared for relaxations`,
    };
  return { base: { label: found.label, manifest: parsed.value.manifest } };
}
