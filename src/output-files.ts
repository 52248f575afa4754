import { execFileSync } from 'node:child_process';
import {
  closeSync,
  constants,
  fstatSync,
  ftruncateSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  realpathSync,
  writeSync,
} from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { UsageError } from './options.js';
import { resolveInWorkspace } from './workspace.js';

/**
 * Where the action writes `report-file` and `sarif-file`, checked before any work (issue 11). An
 * output path may not:
 * - leave the workspace, or pass through a symlink anywhere inside it (a committed
 *   `vendor-gate.sarif -> .git/config` would be written through);
 * - lie in `.git`, or name the manifest, the policy, a local rule or any file git tracks;
 * - name an existing file that Vendor Gate did not write. A file counts as ours when it is empty
 *   or is JSON carrying our tool name: `tool.name` of a JSON report, `runs[0].tool.driver.name` of
 *   SARIF, or the `{"result": "error", "errors": [...]}` shape of a config-error report;
 * - be a folder, a FIFO or anything but a regular file;
 * - be the same for both outputs.
 * Each refusal is a usage error naming the input (exit 2), never an internal error.
 */
export interface OutputRequest {
  input: 'report-file' | 'sarif-file';
  path: string;
}

export interface ProtectedPaths {
  workspace: string;
  manifest: string;
  policy?: string;
  rules: string;
}

/** The outputs an action run asks for. */
export function outputRequests(options: { reportFile?: string; sarifFile?: string }): OutputRequest[] {
  return [
    ...(options.reportFile ? [{ input: 'report-file' as const, path: options.reportFile }] : []),
    ...(options.sarifFile ? [{ input: 'sarif-file' as const, path: options.sarifFile }] : []),
  ];
}

/** The name every file Vendor Gate writes carries. */
const TOOL_NAME = 'vendor-gate';
/** An existing file larger than this is not one of our reports. */
const MAX_OURS_BYTES = 64 * 1024 * 1024;

/** Check every requested output; returns their absolute paths, in order. */
export function checkOutputPaths(requests: OutputRequest[], paths: ProtectedPaths): string[] {
  const resolved = requests.map((request) => checkOutputPath(request, paths));
  for (let i = 0; i < resolved.length; i++)
    for (let j = i + 1; j < resolved.length; j++)
      if (resolved[i] === resolved[j])
        throw new UsageError(
          `${requests[i]!.input} and ${requests[j]!.input} name the same file (${requests[i]!.path}); give each its own`,
        );
  return resolved;
}

function checkOutputPath({ input, path }: OutputRequest, paths: ProtectedPaths): string {
  const refuse = (why: string): never => {
    throw new UsageError(`${input}: ${path} ${why}; refusing to write there`);
  };
  const target = resolveInWorkspace(paths.workspace, path);
  const root = realpathSync(paths.workspace);
  const segments = relative(root, target).split(sep);
  if (segments.includes('.git')) refuse('is inside .git');
  let current = root;
  for (const segment of segments) {
    current = resolve(current, segment);
    const stats = lstatSync(current, { throwIfNoEntry: false });
    if (!stats) break;
    if (stats.isSymbolicLink())
      refuse(`goes through a symlink (${relative(root, current).split(sep).join('/')})`);
  }
  const same = (other: string | undefined) =>
    other !== undefined && resolveInWorkspace(paths.workspace, other) === target;
  if (same(paths.manifest)) refuse('is the manifest');
  if (same(paths.policy)) refuse('is the policy file');
  const rules = resolveInWorkspace(paths.workspace, paths.rules);
  if (target === rules || target.startsWith(rules + sep)) refuse('is in the local rules folder');
  const stats = lstatSync(target, { throwIfNoEntry: false });
  if (!stats) return target;
  if (stats.isDirectory()) refuse('is a folder');
  if (!stats.isFile()) refuse('is not a regular file (a FIFO, socket or device)');
  if (isTracked(root, target)) refuse('is a file tracked by git');
  if (!writtenByVendorGate(target, stats.size))
    refuse('is an existing file that Vendor Gate did not write (it holds no vendor-gate report)');
  return target;
}

function isTracked(root: string, target: string): boolean {
  try {
    execFileSync(
      'git',
      ['-c', 'core.fsmonitor=false', 'ls-files', '--error-unmatch', '--', relative(root, target)],
      {
        cwd: root,
        stdio: 'ignore',
      },
    );
    return true;
  } catch {
    return false; // untracked, or not a git work tree
  }
}

/** Empty, or JSON that one of our formats wrote (see the module comment). */
function writtenByVendorGate(path: string, size: number): boolean {
  if (size === 0) return true;
  if (size > MAX_OURS_BYTES) return false;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return false;
  }
  if (typeof data !== 'object' || data === null) return false;
  const value = data as {
    tool?: { name?: unknown };
    runs?: { tool?: { driver?: { name?: unknown } } }[];
    result?: unknown;
    errors?: unknown;
  };
  if (value.tool?.name === TOOL_NAME) return true;
  if (Array.isArray(value.runs) && value.runs[0]?.tool?.driver?.name === TOOL_NAME) return true;
  return value.result === 'error' && Array.isArray(value.errors) && Object.keys(value).length === 2;
}

/** O_NOFOLLOW where the platform has it; O_NONBLOCK so a FIFO swapped in cannot hang the write. */
const WRITE_FLAGS =
  constants.O_WRONLY | constants.O_CREAT | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

/**
 * Write an output checked by {@link checkOutputPaths}: its folder is created, the file is opened
 * without following a symlink and without blocking, and written only if it is a regular file.
 */
export function writeOutputFile(input: string, path: string, shown: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  let fd: number | undefined;
  try {
    fd = openSync(path, WRITE_FLAGS, 0o644);
    if (!fstatSync(fd).isFile())
      throw new UsageError(`${input}: ${shown} is not a regular file; refusing to write there`);
    ftruncateSync(fd, 0);
    writeSync(fd, content);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new UsageError(`${input}: ${shown} could not be written (${code}); refusing to write there`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
