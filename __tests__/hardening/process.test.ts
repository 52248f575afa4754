/**
 * What a user or a runner sees from the bundles (dist/cli.js, dist/index.js) on hostile input: exit
 * code 2, the file, line and column, a bounded amount of output, and never a stack trace or a hang.
 * Run `npm run build` first.
 */
import { openSync, closeSync, ftruncateSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import {
  cleanSandboxes,
  MANIFEST,
  sandbox,
  spawnAction,
  spawnCli,
  STACK_FRAME,
  VALID_MANIFEST,
  type ProcessRun,
} from './helpers.js';

afterAll(cleanSandboxes);

/** Exit 2, no stack trace, and not killed by the timeout. */
function expectCleanRefusal(run: ProcessRun): void {
  expect({ status: run.status, signal: run.signal }).toEqual({ status: 2, signal: null });
  expect(run.stderr).not.toMatch(STACK_FRAME);
  expect(run.stdout).not.toMatch(STACK_FRAME);
}

describe('the CLI on bad input', () => {
  test('a config error: exit 2, `file:line:column: message`, no stack trace', async () => {
    const s = sandbox({ [MANIFEST]: 'version: 1\nrequirements:\n  data: [contcat]\nservices: []\n' });
    const run = await spawnCli(s.workspace, ['check', '--no-scan']);
    expectCleanRefusal(run);
    expect(run.stderr).toContain('.github/vendor-gate.yml:3:10:');
    expect(run.stderr).toContain("Did you mean 'contact'?");
  });

  test('--format json: a config error is `{"result": "error", "errors": [{message, location}]}`', async () => {
    const s = sandbox({
      [MANIFEST]: 'version: 1\nrequirements:\n  data: [contcat]\n  data: []\nservices: []\n',
    });
    const run = await spawnCli(s.workspace, ['check', '--no-scan', '--format', 'json']);
    expectCleanRefusal(run);
    const parsed = JSON.parse(run.stdout) as {
      result: string;
      errors: { message: string; location: { line: number; column: number } }[];
    };
    expect(parsed.result).toBe('error');
    expect(parsed.errors.length).toBeGreaterThan(0);
    for (const error of parsed.errors) {
      expect(error.location.line).toBeGreaterThanOrEqual(1);
      expect(error.location.column).toBeGreaterThanOrEqual(1);
    }
  });

  test.each([
    [['check', '--no-such-flag']],
    [['frobnicate']],
    [['check', '--format', 'yaml']],
    [['check', '--fail-on', 'sometimes']],
    [['check', 'extra-positional']],
    [['check', '--base', '--upload-pack=touch /tmp/pwned']],
  ])('bad arguments %j: exit 2 with the usage, no stack trace', async (args) => {
    const s = sandbox({ [MANIFEST]: VALID_MANIFEST });
    const run = await spawnCli(s.workspace, args);
    expectCleanRefusal(run);
    expect(run.stderr).toMatch(/vendor-gate: /);
  });

  test('a manifest path that is a folder: exit 2, no stack trace (not exit 1, "the gate failed")', async () => {
    const s = sandbox({ [MANIFEST]: VALID_MANIFEST });
    expectCleanRefusal(await spawnCli(s.workspace, ['check', '--no-scan', '--manifest', '.github']));
  });

  test('`vendors --rules <a file>`: exit 2, no stack trace', async () => {
    const s = sandbox({ [MANIFEST]: VALID_MANIFEST, 'rules.txt': 'x' });
    expectCleanRefusal(await spawnCli(s.workspace, ['vendors', '--rules', 'rules.txt']));
  });

  test('a self-referencing YAML alias: exit 2, no stack trace', async () => {
    const s = sandbox({ [MANIFEST]: 'version: 1\nrequirements:\n  data: &loop [*loop]\nservices: []\n' });
    expectCleanRefusal(await spawnCli(s.workspace, ['check', '--no-scan']));
  });

  test('10,000 nested sequences: exit 2, no stack trace, and a handful of lines rather than hundreds', async () => {
    const s = sandbox({ [MANIFEST]: '['.repeat(10_000) });
    const run = await spawnCli(s.workspace, ['check', '--no-scan']);
    expectCleanRefusal(run);
    expect(run.stderr).toMatch(/vendor-gate\.yml:1:\d+:/);
    expect(run.stderr.split('\n').length).toBeLessThan(20);
  });
});

describe('oversized and pathological manifests finish quickly', () => {
  /** Generous for CI; a fixed build answers each of these in well under a second or two. */
  const BOUND_MS = 10_000;
  const MiB = 1024 * 1024;
  const fill = (unit: string, bytes = MiB - 64) => unit.repeat(Math.floor(bytes / unit.length));

  test('a 600 MiB (sparse) manifest is refused by its size, without reading it', async () => {
    const s = sandbox({ [MANIFEST]: '' });
    const fd = openSync(join(s.workspace, MANIFEST), 'r+');
    ftruncateSync(fd, 600 * MiB);
    closeSync(fd);
    const run = await spawnCli(s.workspace, ['check', '--no-scan'], BOUND_MS);
    expectCleanRefusal(run);
    expect(run.stderr).toMatch(/larger than/);
    // Node starts and refuses by the file's size in ~0.2 s; reading 600 MiB would take far longer.
    expect(run.ms).toBeLessThan(BOUND_MS);
  });

  const floods: [string, string][] = [
    ['1 MiB of `]` (a million YAML syntax errors)', fill(']')],
    [
      'a service list of 60,000 invalid entries (60,000 schema errors)',
      `version: 1\nrequirements:\n  data: []\nservices:\n${fill('  - {vendor: 1}\n')}`,
    ],
    ['60,000 distinct top-level keys', Array.from({ length: 60_000 }, (_, i) => `k${i}: 1`).join('\n')],
    ['1 MiB of `{` (nesting far past the parser’s stack)', fill('{')],
    [
      '190,000 `]` then 800 KB of text (under the token cap: errors stop at the cap)',
      `${']'.repeat(190_000)}${'a'.repeat(800_000)}`,
    ],
    ['190,000 nested `[` (under the token cap)', '['.repeat(190_000)],
  ];

  test('1 MiB of `]`: the first error, located, and a note that reading stopped', async () => {
    const s = sandbox({ [MANIFEST]: `version: 1\n${fill(']', MiB - 100)}` });
    const run = await spawnCli(s.workspace, ['check', '--no-scan'], BOUND_MS, {
      NODE_OPTIONS: '--max-old-space-size=200',
    });
    expectCleanRefusal(run);
    expect(run.stderr).toMatch(/^error: \.github\/vendor-gate\.yml:\d+:\d+: /m);
    expect(run.stderr).toMatch(/more than 200,000 YAML tokens|reading stopped/);
  });

  /**
   * Memory is the deterministic bound: the CLI runs with a 200 MB heap, and V8 kills a process that
   * needs more (1 MiB of `]` used to take 1.6 GB and 13–30 s: yaml built a million error objects
   * before our cap of 20 saw them). Each now finishes in well under a second; the time bound is 20×.
   */
  test.each(floods)(
    '%s: exit 2 within the bound and a 200 MB heap, with a bounded error list',
    async (_, text) => {
      const s = sandbox({ [MANIFEST]: text });
      const run = await spawnCli(s.workspace, ['check', '--no-scan'], BOUND_MS, {
        NODE_OPTIONS: '--max-old-space-size=200',
      });
      expectCleanRefusal(run);
      expect(run.ms).toBeLessThan(BOUND_MS);
      expect(run.stderr.split('\n').length).toBeLessThan(1000);
    },
  );
});

describe('the action on bad input', () => {
  test('a config error: exit 2, one `::error file=…,line=…,col=…` per error, result=error, no stack trace', async () => {
    const s = sandbox({ [MANIFEST]: 'version: 1\nrequirements:\n  data: [contcat]\nservices: []\n' });
    const run = await spawnAction(s, {});
    expectCleanRefusal(run);
    expect(run.stdout).toMatch(
      /^::error title=vendor-gate%3A configuration error,file=\.github\/vendor-gate\.yml,line=3,/m,
    );
    expect(run.outputFile).toMatch(/^result<<.*\nerror\n/m);
  });

  test('a manifest that is a folder: exit 2 and a plain message', async () => {
    const s = sandbox({ [MANIFEST]: VALID_MANIFEST });
    const run = await spawnAction(s, { manifest: '.github' });
    expectCleanRefusal(run);
  });

  test('an unknown input value: exit 2 naming the input', async () => {
    const s = sandbox({ [MANIFEST]: VALID_MANIFEST });
    const run = await spawnAction(s, { scan: 'maybe' });
    expectCleanRefusal(run);
    expect(run.stdout).toContain('input scan');
  });
});
