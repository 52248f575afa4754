import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Catalogue } from '../catalogue/catalogue.js';
import { parseManifest } from '../manifest/load.js';
import type { Manifest } from '../manifest/types.js';

const run = promisify(execFile);

/**
 * A file on the base branch: its text; `unreadable` when it exists but could not be read (an API
 * outage), which is reported at policy.weakened's severity, never taken for "no base"; `absent`
 * when the base certainly has none (the pull request that adopts Vendor Gate); undefined when this
 * reader cannot tell (git without the base commit), so the next reader is asked.
 */
export type BaseFile =
  { text: string; label: string } | { unreadable: string; label: string } | { absent: string } | undefined;

/** One entry of a folder on the base branch, with its git blob id (to skip files that did not change). */
export interface BaseEntry {
  name: string;
  sha: string;
}

/** A folder on the base branch: its files (not subfolders), or why not, as for `BaseFile`. */
export type BaseFolder =
  | { files: BaseEntry[]; label: string }
  | { unreadable: string; label: string }
  | { absent: string }
  | undefined;

/** Reads workspace-relative paths as they are on the base branch (git, or the contents API). */
export interface BaseReader {
  read(path: string): Promise<BaseFile>;
  list(folder: string): Promise<BaseFolder>;
}

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

/**
 * Read files and folders at a git ref (`git show`, `git ls-tree`; no shell, the ref is one argument).
 * When the commit is in the checkout, a path it lacks is certainly absent; without the commit (a
 * shallow checkout) the reader cannot tell and says so.
 */
export function gitBaseReader(workspace: string, ref: string): BaseReader {
  let present: Promise<boolean> | undefined;
  const hasCommit = () => {
    if (ref.startsWith('-')) throw new Error(`'${ref}' is not a git ref`);
    return (present ??= run('git', ['cat-file', '-e', `${ref}^{commit}`], { cwd: workspace }).then(
      () => true,
      () => false,
    ));
  };
  const git = (args: string[]) =>
    run('git', args, { cwd: workspace, maxBuffer: 2 * 1024 * 1024, encoding: 'utf8' });
  return {
    async read(path) {
      const label = `${path} at ${ref}`;
      if (!(await hasCommit())) return undefined;
      try {
        return { text: (await git(['show', `${ref}:${path}`])).stdout, label };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER')
          return { unreadable: 'the file is larger than 2 MiB', label };
        return { absent: label };
      }
    },
    async list(folder) {
      const label = `${folder} at ${ref}`;
      if (!(await hasCommit())) return undefined;
      let stdout: string;
      try {
        ({ stdout } = await git(['ls-tree', '-z', `${ref}:${folder}`]));
      } catch {
        return { absent: label };
      }
      // Each entry: `<mode> <type> <id>\t<name>`, NUL-terminated.
      const files = stdout.split('\0').flatMap((entry) => {
        const match = /^\d+ blob ([0-9a-f]+)\t(.+)$/s.exec(entry);
        return match ? [{ name: match[2]!, sha: match[1]! }] : [];
      });
      return { files, label };
    },
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
  const found = await readBase.read(manifestFile);
  if (!found || 'absent' in found) return {};
  if ('unreadable' in found)
    return { unreadable: { label: found.label, reason: found.unreadable, file: manifestFile } };
  const parsed = parseManifest(found.label, found.text, catalogue);
  if (!parsed.ok)
    return {
      note: `the base manifest (${found.label}) is not valid, so it was not compared for relaxations`,
    };
  return { base: { label: found.label, manifest: parsed.value.manifest } };
}
