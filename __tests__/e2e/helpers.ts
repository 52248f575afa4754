/**
 * Helpers for the end-to-end tests: they run the bundled programs (dist/index.js, dist/cli.js) as
 * child processes in throwaway workspaces, with an explicit environment, the way a runner or a user does.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from '@jest/globals';
import { parse } from 'yaml';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const TODAY = '2026-11-26';
/** Looks like an installation token; must never be printed back. */
export const FAKE_TOKEN = 'ghs_e2eFAKEtoken0123456789abcdefABCDEF';
/** A line of a Node stack trace, which a user should never see. */
export const STACK_FRAME = /^ {4}at /m;

const BUNDLE_TIMEOUT_MS = 20_000;

/** `dist/<name>.js`, or a clear failure when the bundle has not been built. */
function bundle(name: 'index' | 'cli'): string {
  const path = join(REPO, 'dist', `${name}.js`);
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` before the e2e tests`);
  return path;
}

// ---------------------------------------------------------------- temp workspaces

const tempRoots: string[] = [];

/**
 * A fresh temp folder holding `ws/` (the workspace) and room beside it for the runner's files and for
 * files "outside the workspace". `from` are folders (repo-relative) copied into the workspace in order.
 */
export function makeWorkspace(from: string[] = [], files: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'vendor-gate-e2e-'));
  tempRoots.push(root);
  const workspace = join(root, 'ws');
  mkdirSync(workspace);
  for (const folder of from) cpSync(join(REPO, folder), workspace, { recursive: true });
  writeFiles(workspace, files);
  return workspace;
}

export function writeFiles(base: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(base, path)), { recursive: true });
    writeFileSync(join(base, path), text);
  }
}

export function removeTempDirs(): void {
  for (const root of tempRoots.splice(0)) rmSync(root, { recursive: true, force: true });
}

/** `git init` the workspace and stage `paths`, so the scan reads `git ls-files` (no commit needed). */
export function gitInit(workspace: string, paths: string[] = ['.']): void {
  const env = { PATH: process.env.PATH ?? '', HOME: dirname(workspace), GIT_CONFIG_NOSYSTEM: '1' };
  const git = (...args: string[]) => execFileSync('git', args, { cwd: workspace, env, stdio: 'ignore' });
  git('-c', 'init.defaultBranch=main', 'init', '-q');
  git('add', '--', ...paths);
}

/** 1-based line of the first line containing `needle` in a workspace file. */
export function lineOf(workspace: string, file: string, needle: string): { line: number; column: number } {
  const lines = readFileSync(join(workspace, file), 'utf8').split('\n');
  const index = lines.findIndex((l) => l.includes(needle));
  if (index < 0) throw new Error(`'${needle}' not found in ${file}`);
  return { line: index + 1, column: lines[index]!.indexOf(needle) + 1 };
}

// ---------------------------------------------------------------- the action

/** Every input of action.yml at its default, as the runner passes it; `${{ github.token }}` becomes the fake token. */
function defaultInputs(): Record<string, string> {
  const action = parse(readFileSync(join(REPO, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
  };
  return Object.fromEntries(
    Object.entries(action.inputs).map(([name, { default: value = '' }]) => [
      name,
      value === '${{ github.token }}' ? FAKE_TOKEN : String(value),
    ]),
  );
}

export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  /** The message with the runner's escapes undone. */
  message: string;
  /** The message as written on stdout. */
  raw: string;
}

export interface ActionRun {
  status: number;
  stdout: string;
  stderr: string;
  commands: WorkflowCommand[];
  /** Annotations titled `vendor-gate: ...` that point at a file, in the order printed. */
  annotations: WorkflowCommand[];
  outputs: Record<string, string>;
  outputFile: string;
  summary: string;
}

/**
 * Run `node dist/index.js` as the runner does on a pull_request: cwd and GITHUB_WORKSPACE are the
 * workspace, every input at its action.yml default unless overridden, no GITHUB_* inherited from us.
 * The API URL is port 9, which fetch refuses to connect to, and retries are ~1 ms apart: the
 * pull-request comment and the base-manifest read fail fast, as in an API outage, never reaching GitHub.
 */
export function runAction(workspace: string, inputs: Record<string, string> = {}): ActionRun {
  const runnerDir = mkdtempSync(join(dirname(workspace), 'runner-'));
  const eventPath = join(runnerDir, 'event.json');
  const outputFile = join(runnerDir, 'github_output');
  const summaryFile = join(runnerDir, 'step_summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(eventPath, JSON.stringify(pullRequestEvent()));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: runnerDir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_REPOSITORY: 'octo-org/portal',
    GITHUB_REF: 'refs/pull/7/merge',
    GITHUB_BASE_REF: 'main',
    GITHUB_HEAD_REF: 'add-auth',
    GITHUB_SHA: 'a'.repeat(40),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_RUN_ID: '1',
    RUNNER_TEMP: runnerDir,
    VENDOR_GATE_TODAY: TODAY,
    VENDOR_GATE_RETRY_BASE_MS: '1',
    // Only a repository the test made in the workspace counts, never one around the temp folder.
    GIT_CEILING_DIRECTORIES: dirname(workspace),
  };
  for (const [name, value] of Object.entries({ ...defaultInputs(), ...inputs }))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const child = spawnSync(process.execPath, [bundle('index')], {
    cwd: workspace,
    env,
    encoding: 'utf8',
    timeout: BUNDLE_TIMEOUT_MS,
  });
  if (child.status === null) throw new Error(`action did not exit: ${child.error?.message ?? child.signal}`);
  const commands = parseWorkflowCommands(child.stdout);
  return {
    status: child.status,
    stdout: child.stdout,
    stderr: child.stderr,
    commands,
    annotations: commands.filter((c) => c.properties.title?.startsWith('vendor-gate: ') && c.properties.file),
    outputs: parseGithubOutput(readFileSync(outputFile, 'utf8')),
    outputFile: readFileSync(outputFile, 'utf8'),
    summary: readFileSync(summaryFile, 'utf8'),
  };
}

function pullRequestEvent(): object {
  const repository = { full_name: 'octo-org/portal', name: 'portal', owner: { login: 'octo-org' } };
  return {
    action: 'synchronize',
    number: 7,
    pull_request: {
      number: 7,
      head: { ref: 'add-auth', sha: 'a'.repeat(40), repo: repository },
      base: { ref: 'main', sha: 'b'.repeat(40), repo: repository },
    },
    repository,
  };
}

/** `::command key=value,key=value::message` lines, with the runner's escapes undone. */
export function parseWorkflowCommands(stdout: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  for (const line of stdout.split('\n')) {
    const match = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const [, command = '', props = '', raw = ''] = match;
    const properties = Object.fromEntries(
      props
        .split(',')
        .filter((p) => p !== '')
        .map((p) => [p.slice(0, p.indexOf('=')), unescape(p.slice(p.indexOf('=') + 1))]),
    );
    commands.push({ command, properties, message: unescape(raw), raw });
  }
  return commands;
}

function unescape(text: string): string {
  return text.replace(/%(25|0D|0A|3A|2C)/g, (_, code: string) => decodeURIComponent(`%${code}`));
}

/** The GITHUB_OUTPUT file: `name<<delimiter` heredocs (and legacy `name=value` lines); last write wins. */
export function parseGithubOutput(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name = '', delimiter = ''] = heredoc;
      const end = lines.indexOf(delimiter, i + 1);
      if (end < 0) throw new Error(`GITHUB_OUTPUT: ${name} has no closing ${delimiter}`);
      outputs[name] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    } else if (line.trim() !== '') {
      throw new Error(`GITHUB_OUTPUT: cannot parse line '${line}'`);
    }
  }
  return outputs;
}

// ---------------------------------------------------------------- the CLI

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** Run `node dist/cli.js <args>` in `cwd` with a plain user environment (no GITHUB_*). */
export function runCli(cwd: string, args: string[]): CliRun {
  const child = spawnSync(process.execPath, [bundle('cli'), ...args], {
    cwd,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: dirname(cwd),
      VENDOR_GATE_TODAY: TODAY,
      GIT_CEILING_DIRECTORIES: dirname(cwd),
    },
    encoding: 'utf8',
    timeout: BUNDLE_TIMEOUT_MS,
  });
  if (child.status === null) throw new Error(`cli did not exit: ${child.error?.message ?? child.signal}`);
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

// ---------------------------------------------------------------- the JSON report (SPEC §4)

export interface SpecFinding {
  check: string;
  severity: string;
  vendor: string | null;
  service: number | null;
  message: string;
  remediation: string;
  evidence: { fact: string; value: unknown; status: string; source: string | null; verified: string }[];
  location: { file: string; line: number; column: number; endLine: number; endColumn: number };
  waived: null | { reason: string; expires: string };
}

export interface SpecReport {
  tool: { name: string; version: string };
  manifest: string;
  result: 'pass' | 'fail';
  counts: { error: number; warning: number; notice: number; waived: number };
  services: { vendor: string; plan: string; status: string }[];
  findings: SpecFinding[];
}

const PACKAGE_VERSION = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string })
  .version;
const keys = (value: unknown): string[] => Object.keys(value as object).sort();

/** Assert the exact key sets of SPEC §4's JSON report (evidence may carry extra keys, e.g. a note). */
export function expectSpecReportShape(value: unknown): asserts value is SpecReport {
  const report = value as SpecReport;
  expect(keys(report)).toEqual(['counts', 'findings', 'manifest', 'result', 'services', 'tool']);
  expect(report.tool).toEqual({ name: 'vendor-gate', version: PACKAGE_VERSION });
  expect(['pass', 'fail']).toContain(report.result);
  expect(keys(report.counts)).toEqual(['error', 'notice', 'waived', 'warning']);
  for (const service of report.services) expect(keys(service)).toEqual(['plan', 'status', 'vendor']);
  for (const finding of report.findings) {
    // `related` (additive, 1.1): the manifest service of a finding located in code (region evidence).
    const related = (finding as { related?: unknown }).related;
    if (related !== undefined)
      expect(keys(related)).toEqual(['column', 'endColumn', 'endLine', 'file', 'line']);
    expect(keys(finding).filter((key) => key !== 'related')).toEqual(
      [
        'check',
        'evidence',
        'location',
        'message',
        'remediation',
        'service',
        'severity',
        'vendor',
        'waived',
      ].sort(),
    );
    expect(['error', 'warning', 'notice']).toContain(finding.severity);
    expect(keys(finding.location)).toEqual(['column', 'endColumn', 'endLine', 'file', 'line']);
    expect(finding.waived === null || keys(finding.waived).join() === 'expires,reason').toBe(true);
    for (const evidence of finding.evidence)
      expect(keys(evidence)).toEqual(
        expect.arrayContaining(['fact', 'value', 'status', 'source', 'quote', 'verified']),
      );
  }
}
