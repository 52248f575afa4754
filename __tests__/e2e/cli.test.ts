/**
 * The bundled CLI (dist/cli.js) run as a user runs it, in a throwaway checkout with no GITHUB_* in
 * the environment. Run `npm run build` first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import {
  expectSpecReportShape,
  lineOf,
  makeWorkspace,
  removeTempDirs,
  REPO,
  runCli,
  STACK_FRAME,
  writeFiles,
  type CliRun,
  type SpecReport,
} from './helpers.js';

const MANIFEST = '.github/vendor-gate.yml';
const EU_PORTAL = 'examples/eu-research-portal';
const CONFIG_TYPO = '__tests__/fixtures/e2e/config-typo';

afterAll(removeTempDirs);

interface RuleFile {
  id: string;
  verified: string;
  sources: Record<string, { url: string }>;
  facts: Record<string, { status: string; source?: string }>;
}

function readRule(file: string): RuleFile {
  return parse(readFileSync(join(REPO, 'rules/vendors', file), 'utf8')) as RuleFile;
}

function expectNoStackTrace(run: CliRun): void {
  expect(run.stdout + run.stderr).not.toMatch(STACK_FRAME);
}

/** Each example: its exit code, and what its text output must say (check ids, source URLs, plan names). */
const EXAMPLES: [string, 0 | 1, string[]][] = [
  ['eu-research-portal', 1, ['residency.outside-allowed', 'https://clerk.com/legal/dpa']],
  ['us-telehealth', 1, ['hipaa.baa-plan', 'enterprise', 'https://clerk.com/pricing']],
  ['internal-tool', 0, []],
  [
    'contradicted-claim',
    1,
    ['claims.contradicted', '.github/vendor-gate.yml:12:23', 'https://supabase.com/pricing'],
  ],
];

describe.each(EXAMPLES)('check on examples/%s', (example, exitCode, mentions) => {
  let workspace: string;
  let text: CliRun;
  let json: CliRun;
  let report: SpecReport;
  beforeAll(() => {
    workspace = makeWorkspace([`examples/${example}`]);
    text = runCli(workspace, ['check']);
    json = runCli(workspace, ['check', '--format', 'json']);
    report = JSON.parse(json.stdout) as SpecReport;
  });

  test(`exits ${exitCode} and says ${exitCode ? 'FAIL' : 'PASS'} first`, () => {
    expectNoStackTrace(text);
    expect(text.status).toBe(exitCode);
    expect(text.stdout.split('\n')[0]).toMatch(exitCode ? /\bFAIL\b/i : /\bPASS\b/i);
  });

  test('text output names the expected checks and sources', () => {
    for (const mention of mentions) expect(text.stdout).toContain(mention);
  });

  test('--format json prints the SPEC §4 report, with the same exit code', () => {
    expect(json.status).toBe(exitCode);
    expectSpecReportShape(report);
    expect(report.result).toBe(exitCode ? 'fail' : 'pass');
    expect(report.counts.error > 0).toBe(exitCode === 1);
  });

  test("text output names every finding's check and each source URL it used", () => {
    for (const finding of report.findings) {
      expect(text.stdout).toContain(finding.check);
      for (const { source } of finding.evidence) if (source) expect(text.stdout).toContain(source);
    }
  });
});

test('check text output points at file:line:column of the `vendor: clerk` line', () => {
  const workspace = makeWorkspace([EU_PORTAL]);
  const at = lineOf(workspace, MANIFEST, 'vendor: clerk');
  const run = runCli(workspace, ['check']);
  expect(run.stdout).toMatch(
    new RegExp(`residency\\.outside-allowed\\s+${MANIFEST.replace(/\./g, '\\.')}:${at.line}:${at.column}\\b`),
  );
});

test('check --format markdown: verdict heading, services table, linked sources', () => {
  const run = runCli(makeWorkspace([EU_PORTAL]), ['check', '--format', 'markdown']);
  expect(run.status).toBe(1);
  const lines = run.stdout.split('\n');
  expect(lines.find((line) => line.trim() !== '')).toMatch(/^#+ .*failed/i);
  expect(lines.some((line) => line.startsWith('|') && /\bclerk\b/.test(line) && /\bpro\b/.test(line))).toBe(
    true,
  );
  expect(run.stdout).toContain('](https://clerk.com/legal/dpa)');
});

describe('a config error (typo in a key)', () => {
  let workspace: string;
  beforeAll(() => {
    workspace = makeWorkspace([CONFIG_TYPO]);
  });

  test('--format json prints {"result":"error","errors":[{message, location}]} and exits 2', () => {
    const run = runCli(workspace, ['check', '--format', 'json']);
    expectNoStackTrace(run);
    expect(run.status).toBe(2);
    const out = JSON.parse(run.stdout) as { result: string; errors: { message: string; location: object }[] };
    expect(Object.keys(out).sort()).toEqual(['errors', 'result']);
    expect(out.result).toBe('error');
    for (const error of out.errors) expect(Object.keys(error).sort()).toEqual(['location', 'message']);
    const at = lineOf(workspace, MANIFEST, 'regoins');
    expect(out.errors).toContainEqual({
      message: expect.stringMatching(/'regoins'.*did you mean 'regions'/i),
      location: expect.objectContaining({ file: MANIFEST, line: at.line, column: at.column }),
    });
  });

  test('text format prints file:line:column and what is wrong, exit 2', () => {
    const run = runCli(workspace, ['check']);
    expectNoStackTrace(run);
    expect(run.status).toBe(2);
    const at = lineOf(workspace, MANIFEST, 'regoins');
    expect(run.stdout + run.stderr).toContain(`${MANIFEST}:${at.line}:${at.column}`);
    expect(run.stdout + run.stderr).toMatch(/did you mean 'regions'/i);
  });
});

test('check without a manifest exits 2 and names the missing file', () => {
  const run = runCli(makeWorkspace([], { 'package.json': '{}\n' }), ['check']);
  expectNoStackTrace(run);
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(/\.github\/vendor-gate\.yml.*not found/);
});

test('check --manifest ../x.yml is refused: exit 2, no stack trace, nothing read', () => {
  const workspace = makeWorkspace();
  writeFiles(dirname(workspace), { 'x.yml': readFileSync(join(REPO, CONFIG_TYPO, MANIFEST), 'utf8') });
  const run = runCli(workspace, ['check', '--manifest', '../x.yml']);
  expectNoStackTrace(run);
  expect(run.status).toBe(2);
  expect(run.stderr).toMatch(/\.\.\/x\.yml.*outside the workspace/);
  expect(run.stdout + run.stderr).not.toContain('regoins');
});

test('vendors lists every bundled rule with its verified date (clerk: 2026-06-07)', () => {
  const run = runCli(makeWorkspace(), ['vendors']);
  expectNoStackTrace(run);
  expect(run.status).toBe(0);
  const rowOf = (id: string) => run.stdout.split('\n').find((line) => line.split(/\s+/)[0] === id);
  expect(rowOf('clerk')).toContain('2026-06-07');
  for (const file of readdirSync(join(REPO, 'rules/vendors')).filter((f) => f.endsWith('.yml'))) {
    const rule = readRule(file);
    expect(rowOf(rule.id)).toContain(String(rule.verified));
  }
});

describe('explain', () => {
  const clerk = readRule('clerk.yml');
  let run: CliRun;
  beforeAll(() => {
    run = runCli(makeWorkspace(), ['explain', 'clerk']);
  });

  test('explain clerk exits 0 with the name, domain and verified date', () => {
    expectNoStackTrace(run);
    expect(run.status).toBe(0);
    for (const text of ['Clerk', 'clerk.com', '2026-06-07']) expect(run.stdout).toContain(text);
  });

  test('explain clerk shows every fact of rules/vendors/clerk.yml with its status and source URL', () => {
    const factKeys = Object.keys(clerk.facts);
    // Split the card into blocks, one per line that starts with a fact key.
    const blocks = new Map<string, string[]>();
    let current: string[] | undefined;
    for (const line of run.stdout.split('\n')) {
      const key = factKeys.find((k) => line.trim().startsWith(`${k}:`));
      if (key) blocks.set(key, (current = [line]));
      else current?.push(line);
    }
    expect([...blocks.keys()].sort()).toEqual([...factKeys].sort());
    for (const [key, fact] of Object.entries(clerk.facts)) {
      const [header = '', ...rest] = blocks.get(key) ?? [];
      expect(`${key}: ${header}`).toContain(fact.status);
      if (fact.source) expect(rest.join('\n')).toContain(clerk.sources[fact.source]!.url);
    }
  });

  test('explain clerk.com (the domain) shows the same card', () => {
    const byDomain = runCli(makeWorkspace(), ['explain', 'clerk.com']);
    expect(byDomain.status).toBe(0);
    expect(byDomain.stdout).toBe(run.stdout);
  });

  test('explain clerk.io (a confusable) exits 2 and points at clerk.com', () => {
    const confusable = runCli(makeWorkspace(), ['explain', 'clerk.io']);
    expectNoStackTrace(confusable);
    expect(confusable.status).toBe(2);
    expect(confusable.stderr).toContain('clerk.com');
  });

  test('explain nosuch exits 2 and names it', () => {
    const unknown = runCli(makeWorkspace(), ['explain', 'nosuch']);
    expectNoStackTrace(unknown);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('nosuch');
  });
});

test.each([
  ['check --fail-on sometimes', ['check', '--fail-on', 'sometimes'], 'sometimes'],
  ['check --format yaml', ['check', '--format', 'yaml'], 'yaml'],
  ['check --bogus', ['check', '--bogus'], '--bogus'],
  ['an unknown command', ['frobnicate'], 'frobnicate'],
])('%s: exit 2 pointing at the usage, no stack trace', (_name, args, named) => {
  const run = runCli(makeWorkspace([EU_PORTAL]), args);
  expectNoStackTrace(run);
  expect(run.status).toBe(2);
  expect(run.stderr).toContain(named);
  expect(run.stderr).toMatch(/Run `vendor-gate help( check)?` for usage/);
  expect(run.stdout).toBe('');
});

describe('check and the scan', () => {
  const UNDECLARED = '__tests__/fixtures/e2e/undeclared-sdk';

  test('an SDK nobody declared fails the check at its line in package.json', () => {
    const workspace = makeWorkspace([UNDECLARED]);
    const run = runCli(workspace, ['check']);
    const at = lineOf(workspace, 'package.json', '@clerk/nextjs');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`inventory.undeclared  package.json:${at.line}:${at.column}`);
  });

  test('--no-scan turns detection off', () => {
    const run = runCli(makeWorkspace([UNDECLARED]), ['check', '--no-scan']);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('inventory.');
  });
});
