import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

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
