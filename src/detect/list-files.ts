import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { pathOrParentMatcher } from './glob.js';
import { isDependencyFile } from './parser-for.js';
import { compareStrings } from '../compare.js';

const execFileAsync = promisify(execFile);

export interface ListRepoFilesOptions {
  /** Globs (see glob.ts: `*`, `**`, `?`, `[...]`, `{a,b}`; dot files match) of repo-relative paths to skip; a glob matching a folder skips all of it. */
  ignore?: readonly string[];
}

/** Vendored code, build output and caches: their manifests describe other people's code, not this repo's. */
const SKIPPED_FOLDERS = new Set([
  'node_modules',
  'bower_components',
  'vendor',
  'dist',
  'build',
  'out',
  'target',
  'venv',
  '__pycache__',
]);
/** A folder holding this file is a Python virtualenv, whatever its name (`env`, `.venv`, `py311`). */
const VIRTUALENV_MARKER = 'pyvenv.cfg';

/**
 * The repo's dependency files as sorted repo-relative `/` paths: from `git ls-files`
 * when `root` is in a git work tree (what is committed is what is checked), else
 * from a walk of the file system that never follows symlinks. Both skip vendored,
 * build, virtualenv and dot folders, and the `ignore` globs.
 */
export async function listRepoFiles(root: string, options: ListRepoFilesOptions = {}): Promise<string[]> {
  const isIgnored = ignoreMatcher(options.ignore ?? []);
  const tracked = await gitTrackedFiles(root);
  const files = tracked ? filterTrackedFiles(tracked, isIgnored) : await walkFiles(root, isIgnored);
  return files.sort(compareStrings);
}

/** True for folders the scan never enters, by name. */
export function isSkippedFolder(name: string): boolean {
  return name.startsWith('.') || SKIPPED_FOLDERS.has(name);
}

/** Undefined when `root` is not in a git work tree, or git is missing or refuses the repository. */
async function gitTrackedFiles(root: string): Promise<string[] | undefined> {
  try {
    const { stdout } = await execFileAsync(
      'git',
      // Tracked files under root, relative to it (ls-files' default); no fsmonitor hook runs.
      ['-c', 'core.fsmonitor=false', 'ls-files', '-z', '--cached'],
      { cwd: root, env: envFindingRepoFromCwd(), maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' },
    );
    return stdout.split('\0').filter((path) => path !== '');
  } catch {
    return undefined;
  }
}

/** Variables that point git at a repository other than the one around cwd (a git hook sets GIT_DIR). */
const REPOSITORY_VARIABLES = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_INDEX_FILE',
  'GIT_COMMON_DIR',
  'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_NAMESPACE',
  'GIT_PREFIX',
];

function envFindingRepoFromCwd(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of REPOSITORY_VARIABLES) delete env[name];
  return env;
}

function filterTrackedFiles(
  paths: string[],
  isIgnored: (path: string) => boolean,
  include: (path: string) => boolean = isDependencyFile,
): string[] {
  const virtualenvs = new Set(
    paths.filter((path) => basename(path) === VIRTUALENV_MARKER).map((path) => parentFolder(path)),
  );
  return paths.filter((path) => {
    if (!include(path) || isIgnored(path)) return false;
    const folders = path.split('/').slice(0, -1);
    return folders.every(
      (name, index) => !isSkippedFolder(name) && !virtualenvs.has(folders.slice(0, index + 1).join('/')),
    );
  });
}

async function walkFiles(
  root: string,
  isIgnored: (path: string) => boolean,
  include: (path: string) => boolean = isDependencyFile,
): Promise<string[]> {
  const files: string[] = [];
  const pending = [''];
  for (let folder = pending.pop(); folder !== undefined; folder = pending.pop()) {
    let entries;
    try {
      entries = await readdir(join(root, folder), { withFileTypes: true });
    } catch {
      continue; // unreadable folder: skip it rather than fail the scan
    }
    if (folder !== '' && entries.some((entry) => entry.name === VIRTUALENV_MARKER && entry.isFile()))
      continue;
    for (const entry of entries) {
      const path = folder === '' ? entry.name : `${folder}/${entry.name}`;
      // Dirent reports symlinks as such, never their targets: they are not followed.
      if (entry.isDirectory()) {
        if (!isSkippedFolder(entry.name) && !isIgnored(path)) pending.push(path);
      } else if (entry.isFile() && include(path) && !isIgnored(path)) {
        files.push(path);
      }
    }
  }
  return files;
}

/** Matches a path, or any folder above it, against the ignore globs, in linear time (glob.ts). */
function ignoreMatcher(globs: readonly string[]): (path: string) => boolean {
  return pathOrParentMatcher(globs);
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function parentFolder(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}

/**
 * As `listRepoFiles`, with the same sources, folder skips and `ignore` globs, but listing every
 * file `include` accepts rather than dependency files only (the code-evidence scan reads source).
 */
export async function listRepoFilesWhere(
  root: string,
  include: (path: string) => boolean,
  options: ListRepoFilesOptions = {},
): Promise<string[]> {
  const isIgnored = ignoreMatcher(options.ignore ?? []);
  const tracked = await gitTrackedFiles(root);
  const files = tracked
    ? filterTrackedFiles(tracked, isIgnored, include)
    : await walkFiles(root, isIgnored, include);
  return files.sort(compareStrings);
}
