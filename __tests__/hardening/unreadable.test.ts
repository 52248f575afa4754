/**
 * Dependency files the scan cannot read are reported (`inventory.unreadable`, warning, at the file),
 * never skipped in silence: before issue 11, an undeclared `@clerk/nextjs` in a package.json nested
 * 257 deep, or over 1 MiB, passed the gate. Reads never leave the workspace, even through a folder
 * that became a symlink after `git add` (git-mode lists what the index holds).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { evaluateRepository } from '../../src/evaluate-repository.js';
import type { Outcome } from '../../src/outcome.js';
import type { Finding } from '../../src/engine/finding.js';
import { cleanSandboxes, MANIFEST, options, sandbox } from './helpers.js';

afterAll(cleanSandboxes);

/** Declares Postmark only: any Clerk SDK the scan reads is `inventory.undeclared`. */
const MANIFEST_TEXT =
  'version: 1\nrequirements:\n  data: [contact]\nservices:\n  - vendor: postmark\n    plan: developer\n';
const CLERK = '"@clerk/nextjs": "^5.0.0"';

function findings(outcome: Outcome): Finding[] {
  if (outcome.kind !== 'report') throw new Error(`expected a report, got ${JSON.stringify(outcome)}`);
  return outcome.report.findings;
}

function brief(list: Finding[]): { check: string; severity: string; file: string; line: number }[] {
  return list
    .filter((f) => f.check.startsWith('inventory.') && f.check !== 'inventory.unused')
    .map((f) => ({ check: f.check, severity: f.severity, file: f.location.file, line: f.location.line }));
}

async function scan(files: Record<string, string | Buffer>, git = false): Promise<Finding[]> {
  const s = sandbox({ [MANIFEST]: MANIFEST_TEXT, ...files });
  if (git) gitAdd(s.workspace);
  return findings(await evaluateRepository(options(s.workspace, { scan: true })));
}

function gitAdd(workspace: string): void {
  const env = { PATH: process.env.PATH ?? '', HOME: dirname(workspace), GIT_CONFIG_NOSYSTEM: '1' };
  execFileSync('git', ['-c', 'init.defaultBranch=main', 'init', '-q'], { cwd: workspace, env });
  execFileSync('git', ['add', '.'], { cwd: workspace, env });
}

describe('inventory.unreadable', () => {
  test('a package.json with arrays nested 257 deep is reported at the file (it used to pass in silence)', async () => {
    const deep = `{"x": ${'['.repeat(257)}${']'.repeat(257)}, "dependencies": {${CLERK}}}`;
    expect(brief(await scan({ 'package.json': deep }))).toEqual([
      { check: 'inventory.unreadable', severity: 'warning', file: 'package.json', line: 1 },
    ]);
  });

  test('256 levels (the root object and 255 arrays) is still read: the Clerk SDK in it is undeclared', async () => {
    const fine = `{"x": ${'['.repeat(255)}${']'.repeat(255)}, "dependencies": {${CLERK}}}`;
    expect(brief(await scan({ 'package.json': fine })).map((f) => f.check)).toEqual(['inventory.undeclared']);
  });

  test.each([
    [
      'over 1 MiB',
      'package.json',
      `{"dependencies": {${CLERK}}, "pad": "${'x'.repeat(1024 * 1024)}"}`,
      /larger than 1048576 bytes/,
    ],
    [
      'not UTF-8 text',
      'requirements.txt',
      Buffer.from([0x63, 0x6c, 0x65, 0x72, 0x6b, 0xff, 0xfe, 0x0a]),
      /not UTF-8 text/,
    ],
    ['binary (NUL bytes)', '.env.example', Buffer.from('CLERK_SECRET_KEY=\0\0\0\n'), /NUL bytes/],
    [
      'a pyproject.toml nested 300 deep',
      'pyproject.toml',
      `[project]\ndependencies = ["clerk-backend-api"]\nx = ${'['.repeat(300)}${']'.repeat(300)}\n`,
      /more than 256 levels/,
    ],
  ])('%s: reported, with the reason, located at the file', async (_, file, content, reason) => {
    const found = (await scan({ [file]: content })).filter((f) => f.check === 'inventory.unreadable');
    expect(found).toHaveLength(1);
    expect(found[0]!.severity).toBe('warning');
    expect(found[0]!.location).toEqual({ file, line: 1, column: 1, endLine: 1, endColumn: 1 });
    expect(found[0]!.message).toMatch(reason);
  });

  test('fails the gate at fail-on: warning', async () => {
    const s = sandbox({
      [MANIFEST]: MANIFEST_TEXT,
      'package.json': `{"x": ${'['.repeat(300)}${']'.repeat(300)}}`,
    });
    const outcome = await evaluateRepository(options(s.workspace, { scan: true, failOn: 'warning' }));
    expect(outcome.kind === 'report' && outcome.report.result).toBe('fail');
  });
});

describe('git-mode reads stay inside the workspace', () => {
  test('a tracked path through a folder that is now a symlink out of the workspace is not read', async () => {
    const s = sandbox({
      [MANIFEST]: MANIFEST_TEXT,
      'sub/package.json': '{"dependencies": {}}',
    });
    gitAdd(s.workspace);
    // The index still lists sub/package.json; in the work tree, sub/ now leads outside.
    mkdirSync(join(s.outside, 'elsewhere'));
    writeFileSync(join(s.outside, 'elsewhere/package.json'), `{"dependencies": {${CLERK}}}`);
    renameSync(join(s.workspace, 'sub'), join(s.root, 'old-sub'));
    symlinkSync(join(s.outside, 'elsewhere'), join(s.workspace, 'sub'));
    const found = findings(await evaluateRepository(options(s.workspace, { scan: true })));
    expect(brief(found)).toEqual([
      { check: 'inventory.unreadable', severity: 'warning', file: 'sub/package.json', line: 1 },
    ]);
    expect(found.find((f) => f.check === 'inventory.unreadable')!.message).toMatch(/outside the repository/);
  });
});
