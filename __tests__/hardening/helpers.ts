/**
 * Shared helpers for the hardening tests: throwaway workspaces (with a sibling "outside" folder for
 * path-escape sentinels), in-process runs of `evaluateRepository` and `runCli`, a few spawns of the
 * bundles, and the assertions every hostile input must satisfy.
 */
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from '@jest/globals';
import { runCli, type CliIo } from '../../src/cli/run-cli.js';
import { evaluateRepository, type Gatherers } from '../../src/evaluate-repository.js';
import { exitStatus, type Outcome } from '../../src/outcome.js';
import type { Options } from '../../src/options.js';
import type { ConfigError } from '../../src/source/config-error.js';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = join(REPO, '__tests__/fixtures/hardening');
export const TODAY = '2026-11-26';
export const MANIFEST = '.github/vendor-gate.yml';
/** A line of a Node stack trace, which a user must never see. */
export const STACK_FRAME = /^ {4}at /m;

/** A manifest that passes against the bundled catalogue (Clerk on free, contact data, no requirements). */
export const VALID_MANIFEST =
  'version: 1\nrequirements:\n  data: [contact]\nservices:\n  - vendor: clerk\n    plan: free\n';

// ---------------------------------------------------------------- workspaces

const roots: string[] = [];

export interface Sandbox {
  /** Holds `ws/` and `outside/`. */
  root: string;
  /** The workspace: what a checkout would be. */
  workspace: string;
  /** A folder beside the workspace: the target of escape attempts. */
  outside: string;
}

/** A fresh `root/{ws,outside}`; `files` are written into the workspace (strings or raw bytes). */
export function sandbox(files: Record<string, string | Buffer> = {}): Sandbox {
  const root = mkdtempSync(join(tmpdir(), 'vendor-gate-hardening-'));
  roots.push(root);
  const workspace = join(root, 'ws');
  const outside = join(root, 'outside');
  mkdirSync(workspace);
  mkdirSync(outside);
  writeFiles(workspace, files);
  return { root, workspace, outside };
}

export function writeFiles(base: string, files: Record<string, string | Buffer>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(base, path)), { recursive: true });
    writeFileSync(join(base, path), content);
  }
}

/** Remove every sandbox made so far (call in afterAll). */
export function cleanSandboxes(): void {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
}

/** Every file below a folder, relative, sorted: to assert nothing was written outside. */
export function listTree(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true }) as string[]).map(String).sort();
}

// ---------------------------------------------------------------- in-process runs

export function options(workspace: string, overrides: Partial<Options> = {}): Options {
  return {
    workspace,
    manifest: MANIFEST,
    rules: '.github/vendor-rules',
    rulesExplicit: false,
    failOn: 'error',
    scan: false,
    scanIgnore: [],
    today: TODAY,
    ...overrides,
  };
}

/** Evaluate a workspace holding `manifest` (text or bytes) plus `files`. */
export async function evaluateManifest(
  manifest: string | Buffer,
  files: Record<string, string | Buffer> = {},
  overrides: Partial<Options> = {},
): Promise<Outcome> {
  const { workspace } = sandbox({ [MANIFEST]: manifest, ...files });
  return evaluateRepository(options(workspace, overrides));
}

/** Evaluate and measure; a throw is returned as the outcome `thrown`, so tests can say what went wrong. */
export async function timed(
  run: () => Promise<Outcome>,
): Promise<{ outcome: Outcome | { kind: 'thrown'; error: unknown }; ms: number }> {
  const started = performance.now();
  let outcome: Outcome | { kind: 'thrown'; error: unknown };
  try {
    outcome = await run();
  } catch (error) {
    outcome = { kind: 'thrown', error };
  }
  return { outcome, ms: performance.now() - started };
}

/** A located configuration error in the manifest (or `file`): each error has a real file, line and column. */
export function expectConfigError(
  outcome: Outcome | { kind: 'thrown'; error: unknown },
  file: string = MANIFEST,
): ConfigError[] {
  if (outcome.kind === 'thrown') throw outcome.error;
  expect(outcome.kind).toBe('config-error');
  if (outcome.kind !== 'config-error') throw new Error('unreachable');
  expect(outcome.errors.length).toBeGreaterThan(0);
  for (const error of outcome.errors) expectLocated(error, file);
  expect(exitStatus(outcome)).toBe(2);
  return outcome.errors;
}

/** File named, 1-based integer line and column, end not before start, a non-empty message. */
export function expectLocated(error: ConfigError, file: string = MANIFEST): void {
  const { location } = error;
  expect(location.file).toBe(file);
  expect(Number.isInteger(location.line) && location.line >= 1).toBe(true);
  expect(Number.isInteger(location.column) && location.column >= 1).toBe(true);
  expect(location.endLine).toBeGreaterThanOrEqual(location.line);
  expect(error.message.trim()).not.toBe('');
}

export function expectUsageError(outcome: Outcome | { kind: 'thrown'; error: unknown }): string {
  if (outcome.kind === 'thrown') throw outcome.error;
  expect(outcome.kind).toBe('usage-error');
  if (outcome.kind !== 'usage-error') throw new Error('unreachable');
  expect(exitStatus(outcome)).toBe(2);
  return outcome.message;
}

export function expectReport(outcome: Outcome | { kind: 'thrown'; error: unknown }) {
  if (outcome.kind === 'thrown') throw outcome.error;
  if (outcome.kind !== 'report') throw new Error(`expected a report, got ${JSON.stringify(outcome)}`);
  return outcome.report;
}

export { evaluateRepository, exitStatus, type Gatherers, type Outcome };

// ---------------------------------------------------------------- the CLI in process

export interface CliResult {
  status: number | 'threw';
  stdout: string;
  stderr: string;
  error?: unknown;
}

/** `runCli(argv)` in `cwd` with captured output; a throw (which dist/cli.js would print as a stack trace) is `threw`. */
export async function cli(cwd: string, argv: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    cwd,
    env: { VENDOR_GATE_TODAY: TODAY },
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  };
  try {
    const status = await runCli(argv, io);
    return { status, stdout, stderr };
  } catch (error) {
    return { status: 'threw', stdout, stderr, error };
  }
}

// ---------------------------------------------------------------- the bundles

function bundle(name: 'index' | 'cli'): string {
  const path = join(REPO, 'dist', `${name}.js`);
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` first`);
  return path;
}

export interface ProcessRun {
  /** Exit code, or null when killed (timeout or signal). */
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Run `node <script> <args>` asynchronously, killing it after `timeoutMs`. */
export function spawnNode(
  script: string,
  args: string[],
  cwd: string,
  env: Record<string, string>,
  timeoutMs: number,
): Promise<ProcessRun> {
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn(process.execPath, [script, ...args], { cwd, env });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      done({
        status,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        ms: performance.now() - started,
      });
    });
  });
}

/** `node dist/cli.js <args>` in `cwd`, with a plain user environment. */
export function spawnCli(
  cwd: string,
  args: string[],
  timeoutMs = 20_000,
  extraEnv: Record<string, string> = {},
): Promise<ProcessRun> {
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: dirname(cwd),
    VENDOR_GATE_TODAY: TODAY,
    GIT_CEILING_DIRECTORIES: dirname(cwd),
    ...extraEnv,
  };
  return spawnNode(bundle('cli'), args, cwd, env, timeoutMs);
}

export interface ActionRun extends ProcessRun {
  outputFile: string;
  summary: string;
  runnerDir: string;
}

/**
 * `node dist/index.js` as the runner runs it, asynchronously (so a local server in this process can
 * answer it). `inputs` become INPUT_* variables; `env` adds or overrides runner variables. No event
 * payload unless `env` names one; the API URL is a closed local port.
 */
export async function spawnAction(
  s: Sandbox,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
  timeoutMs = 20_000,
): Promise<ActionRun> {
  const runnerDir = join(s.root, 'runner');
  mkdirSync(runnerDir, { recursive: true });
  const outputPath = join(runnerDir, 'github_output');
  const summaryPath = join(runnerDir, 'step_summary.md');
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const fullEnv: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: runnerDir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: s.workspace,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_REPOSITORY: 'octo-org/portal',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    RUNNER_TEMP: runnerDir,
    VENDOR_GATE_TODAY: TODAY,
    VENDOR_GATE_RETRY_BASE_MS: '1',
    GIT_CEILING_DIRECTORIES: s.root,
    INPUT_MANIFEST: MANIFEST,
    INPUT_RULES: '.github/vendor-rules',
    'INPUT_FAIL-ON': 'error',
    INPUT_SCAN: 'false',
    INPUT_COMMENT: 'never',
    ...env,
  };
  for (const [name, value] of Object.entries(inputs)) fullEnv[`INPUT_${name.toUpperCase()}`] = value;
  const run = await spawnNode(bundle('index'), [], s.workspace, fullEnv, timeoutMs);
  return {
    ...run,
    outputFile: readFileSync(outputPath, 'utf8'),
    summary: readFileSync(summaryPath, 'utf8'),
    runnerDir,
  };
}

// ---------------------------------------------------------------- prototype pollution

/** The own keys of the built-in prototypes a polluting parser would write to. */
export function prototypeSnapshot(): Record<string, string[]> {
  return {
    Object: Object.getOwnPropertyNames(Object.prototype).sort(),
    Array: Object.getOwnPropertyNames(Array.prototype).sort(),
    Function: Object.getOwnPropertyNames(Function.prototype).sort(),
    String: Object.getOwnPropertyNames(String.prototype).sort(),
  };
}
