/**
 * `vendor-gate init` from the bundle (dist/cli.js), as a user runs it: piped (no terminal: flags
 * only) and on a pseudo-terminal made by util-linux `script`, where it asks (SPEC §7.3).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { makeWorkspace, removeTempDirs, REPO, runCli, TODAY } from './helpers.js';

const MANIFEST = '.github/vendor-gate.yml';
const APP = { 'package.json': JSON.stringify({ dependencies: { '@clerk/nextjs': '^6' } }, null, 2) };
const CLERK_PLANS = (
  parse(readFileSync(join(REPO, 'rules/vendors/clerk.yml'), 'utf8')) as { plans: string[] }
).plans;

afterAll(removeTempDirs);

function requirementsOf(workspace: string): unknown {
  return (parse(readFileSync(join(workspace, MANIFEST), 'utf8')) as { requirements: unknown }).requirements;
}

describe('piped (stdin and stdout not a terminal): nothing is asked', () => {
  test('no flags: exit 0, says what is left; check refuses the placeholders (exit 2)', () => {
    const workspace = makeWorkspace([], APP);
    const init = runCli(workspace, ['init']);
    expect(init.status).toBe(0);
    expect(init.stdout).not.toMatch(/Personal data this project handles/);
    expect(init.stdout).toContain('Left to decide');
    expect(init.stdout).toMatch(/requirements\.data: list the personal data/);
    const check = runCli(workspace, ['check']);
    expect(check.status).toBe(2);
    expect(check.stderr).toMatch(
      /^error: \.github\/vendor-gate\.yml:8:10: requirements\.data: 'DECIDE' is a placeholder/m,
    );
  });

  test('all flags: written as given', () => {
    const workspace = makeWorkspace([], APP);
    const flags = ['--data', 'contact', '--regions', 'eu', '--transfers', 'forbidden', '--agreements', 'dpa'];
    const init = runCli(workspace, ['init', ...flags, '--ai-training', 'forbidden', '--deletion-days', '30']);
    expect(init.status).toBe(0);
    expect(requirementsOf(workspace)).toEqual({
      data: ['contact'],
      residency: { regions: ['eu'], transfers: 'forbidden' },
      agreements: ['dpa'],
      'ai-training': 'forbidden',
      'deletion-days': 30,
    });
  });

  test('a bad flag value: exit 2 naming the allowed values, nothing written', () => {
    const workspace = makeWorkspace([], APP);
    const init = runCli(workspace, ['init', '--regions', 'eu,europe']);
    expect(init.status).toBe(2);
    expect(init.stderr).toContain(
      "--regions: 'europe' is not allowed. Allowed: eu, uk, ch, us, ca, au, jp, sg, in, br, kr.",
    );
    expect(() => readFileSync(join(workspace, MANIFEST))).toThrow();
  });
});

const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

(hasScript ? describe : describe.skip)('on a pseudo-terminal (util-linux script)', () => {
  test('asks each requirement and the plan; the answers are written and check evaluates', () => {
    const workspace = makeWorkspace([], APP);
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(join(REPO, 'dist/cli.js'))} init`;
    const output = execFileSync('script', ['-qfec', command, '/dev/null'], {
      cwd: workspace,
      input: 'contact,helth\ncontact\neu\nsafeguarded\ndpa\n\n30\npro\n',
      env: { PATH: process.env.PATH ?? '', HOME: dirname(workspace), VENDOR_GATE_TODAY: TODAY, TERM: 'dumb' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(output).toContain('Personal data this project handles (contact, credentials, identifiers');
    expect(output).toContain("data: 'helth' is not allowed. Did you mean 'health'?");
    expect(output).toContain(`Clerk plan (${CLERK_PLANS.join(', ')})`);
    expect(output).toContain(`Wrote ${MANIFEST} (clerk).`);
    expect(output).not.toContain('Left to decide');
    expect(requirementsOf(workspace)).toEqual({
      data: ['contact'],
      residency: { regions: ['eu'], transfers: 'safeguarded' },
      agreements: ['dpa'],
      'deletion-days': 30,
    });
    expect(readFileSync(join(workspace, MANIFEST), 'utf8')).toMatch(/^ {4}plan: pro +#/m);
    expect([0, 1]).toContain(runCli(workspace, ['check']).status);
  });
});
