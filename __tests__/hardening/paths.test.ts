/**
 * Every path input resolving outside the workspace — through `..`, an absolute path, a file symlink or
 * a directory symlink — is refused (usage error, exit 2), and nothing outside is read or written.
 * Inputs that name something other than a regular file are errors, never crashes.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import type { Options } from '../../src/options.js';
import {
  cleanSandboxes,
  cli,
  evaluateRepository,
  expectConfigError,
  expectReport,
  expectUsageError,
  listTree,
  MANIFEST,
  options,
  sandbox,
  spawnAction,
  timed,
  VALID_MANIFEST,
  type Outcome,
  type Sandbox,
} from './helpers.js';

afterAll(cleanSandboxes);

const SENTINEL = 'SENTINEL-OUTSIDE-THE-WORKSPACE';
/** A valid manifest/policy/rule outside: if it were read, the run would succeed or mention it. */
const OUTSIDE_MANIFEST = `# ${SENTINEL}\n${VALID_MANIFEST}`;
const OUTSIDE_POLICY = `# ${SENTINEL}\nversion: 1\nrequirements:\n  data: [contact]\n`;
const OUTSIDE_RULE = `# ${SENTINEL}
id: acme
name: Acme
domain: acme.example
category: other
verified: 2026-06-01
plans: [free]
sources:
  docs: { url: https://acme.example/docs, title: Docs }
facts:
  hosting.regions: { value: [eu], status: confirmed, source: docs }
`;

/** A sandbox whose `outside/` holds the sentinels and whose workspace has a valid manifest. */
function escapeSandbox(): Sandbox & { snapshot: () => string } {
  const s = sandbox({ [MANIFEST]: VALID_MANIFEST });
  writeFileSync(join(s.outside, 'manifest.yml'), OUTSIDE_MANIFEST);
  writeFileSync(join(s.outside, 'policy.yml'), OUTSIDE_POLICY);
  mkdirSync(join(s.outside, 'rules'));
  writeFileSync(join(s.outside, 'rules', 'acme.yml'), OUTSIDE_RULE);
  const snapshot = () =>
    JSON.stringify(
      listTree(s.outside).map((f) => {
        const stat = statSync(join(s.outside, f));
        return [f, stat.isFile() ? readFileSync(join(s.outside, f), 'utf8') : 'dir', stat.mtimeMs];
      }),
    );
  return { ...s, snapshot };
}

type Vector = { name: string; setup: (s: Sandbox) => string };

/** Ways to name `outside/<target>` from inside the workspace. */
function vectors(target: string): Vector[] {
  return [
    { name: '`..`', setup: () => `../outside/${target}` },
    { name: '`..` after a real folder', setup: () => `.github/../../outside/${target}` },
    { name: 'an absolute path', setup: (s) => join(s.outside, target) },
    {
      name: 'a file or folder symlink',
      setup: (s) => {
        symlinkSync(join(s.outside, target), join(s.workspace, 'link'));
        return 'link';
      },
    },
    {
      name: 'a path through a directory symlink',
      setup: (s) => {
        symlinkSync(s.outside, join(s.workspace, 'linkdir'));
        return `linkdir/${target}`;
      },
    },
  ];
}

async function refused(s: Sandbox & { snapshot: () => string }, overrides: Partial<Options>): Promise<void> {
  const before = s.snapshot();
  const { outcome } = await timed(() => evaluateRepository(options(s.workspace, overrides)));
  const message = expectUsageError(outcome);
  expect(message).toContain('outside the workspace');
  expect(message).not.toContain(SENTINEL);
  expect(s.snapshot()).toBe(before);
}

describe('read inputs that escape the workspace are refused', () => {
  test.each(vectors('manifest.yml'))('manifest via $name', async ({ setup }) => {
    const s = escapeSandbox();
    await refused(s, { manifest: setup(s) });
  });

  test.each(vectors('policy.yml'))('policy via $name', async ({ setup }) => {
    const s = escapeSandbox();
    await refused(s, { policy: setup(s) });
  });

  test.each(vectors('rules'))('rules folder via $name', async ({ setup }) => {
    const s = escapeSandbox();
    await refused(s, { rules: setup(s), rulesExplicit: true });
  });

  test('the default manifest path when `.github` itself is a symlink out of the workspace', async () => {
    const s = escapeSandbox();
    mkdirSync(join(s.outside, 'gh'));
    writeFileSync(join(s.outside, 'gh', 'vendor-gate.yml'), OUTSIDE_MANIFEST);
    execFileSync('rm', ['-r', join(s.workspace, '.github')]);
    symlinkSync(join(s.outside, 'gh'), join(s.workspace, '.github'));
    await refused(s, {});
  });

  test('the default rules folder when it is a symlink out of the workspace', async () => {
    const s = escapeSandbox();
    symlinkSync(join(s.outside, 'rules'), join(s.workspace, '.github/vendor-rules'));
    await refused(s, {});
  });

  test('a rule file symlinked out of an otherwise real rules folder', async () => {
    const s = escapeSandbox();
    mkdirSync(join(s.workspace, '.github/vendor-rules'));
    symlinkSync(join(s.outside, 'rules', 'acme.yml'), join(s.workspace, '.github/vendor-rules/acme.yml'));
    await refused(s, {});
  });

  test('a symlink inside the workspace that stays inside is followed', async () => {
    const s = escapeSandbox();
    symlinkSync(join(s.workspace, MANIFEST), join(s.workspace, 'alias.yml'));
    expectReport(
      (await timed(() => evaluateRepository(options(s.workspace, { manifest: 'alias.yml' })))).outcome,
    );
  });

  test('the CLI refuses `--manifest ../outside/manifest.yml` with exit 2 and no stack trace', async () => {
    const s = escapeSandbox();
    const run = await cli(s.workspace, ['check', '--no-scan', '--manifest', '../outside/manifest.yml']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('outside the workspace');
    expect(run.stdout + run.stderr).not.toContain(SENTINEL);
  });

  test('the CLI refuses `explain --rules <outside>` with exit 2', async () => {
    const s = escapeSandbox();
    const run = await cli(s.workspace, ['explain', 'acme', '--rules', join(s.outside, 'rules')]);
    expect(run.status).toBe(2);
    expect(run.stdout + run.stderr).not.toContain(SENTINEL);
  });
});

describe('inputs that are not regular files are errors, not crashes', () => {
  /** A config error or a usage error, never a throw: either way exit 2. */
  function expectRefusal(outcome: Outcome | { kind: 'thrown'; error: unknown }): void {
    if (outcome.kind === 'thrown') throw outcome.error;
    expect(['config-error', 'usage-error']).toContain(outcome.kind);
  }
  const cases: { name: string; setup: (s: Sandbox) => Partial<Options> }[] = [
    { name: 'the manifest is a directory', setup: () => ({ manifest: '.github' }) },
    { name: 'the manifest is the workspace itself (empty path)', setup: () => ({ manifest: '' }) },
    {
      name: 'the manifest is a named pipe (FIFO)',
      setup: (s) => {
        execFileSync('mkfifo', [join(s.workspace, 'fifo.yml')]);
        return { manifest: 'fifo.yml' };
      },
    },
    { name: 'the policy is a directory', setup: () => ({ policy: '.github' }) },
    {
      name: 'the rules folder is a regular file',
      setup: (s) => {
        writeFileSync(join(s.workspace, 'rules.yml'), 'x: 1\n');
        return { rules: 'rules.yml', rulesExplicit: true };
      },
    },
    {
      name: 'the rules folder holds a dangling symlink',
      setup: (s) => {
        mkdirSync(join(s.workspace, '.github/vendor-rules'));
        symlinkSync(join(s.workspace, 'missing.yml'), join(s.workspace, '.github/vendor-rules/acme.yml'));
        return {};
      },
    },
    {
      name: 'the rules folder holds a folder named like a rule',
      setup: (s) => {
        mkdirSync(join(s.workspace, '.github/vendor-rules/acme.yml'), { recursive: true });
        return {};
      },
    },
  ];

  test.each(cases)('$name → config or usage error (exit 2)', async ({ setup }) => {
    const s = sandbox({ [MANIFEST]: VALID_MANIFEST });
    const { outcome, ms } = await timed(() => evaluateRepository(options(s.workspace, setup(s))));
    expectRefusal(outcome);
    expect(ms).toBeLessThan(5000); // a refusal before any work: milliseconds
  });

  test('a missing manifest is a located config error suggesting `init`', async () => {
    const s = sandbox({});
    const errors = expectConfigError((await timed(() => evaluateRepository(options(s.workspace)))).outcome);
    expect(errors[0]!.message).toContain('vendor-gate init');
  });

  test('an explicitly named rules folder that does not exist is a config error', async () => {
    const s = sandbox({ [MANIFEST]: VALID_MANIFEST });
    expectConfigError(
      (await timed(() => evaluateRepository(options(s.workspace, { rules: 'nope', rulesExplicit: true }))))
        .outcome,
      'nope',
    );
  });
});

describe('the action never writes report-file or sarif-file outside the workspace', () => {
  type WriteVector = { name: string; setup: (s: Sandbox, file: string) => string };
  const writeVectors: WriteVector[] = [
    { name: '`..`', setup: (_, file) => `../outside/${file}` },
    { name: 'an absolute path', setup: (s, file) => join(s.outside, file) },
    {
      name: 'a directory symlink',
      setup: (s, file) => {
        symlinkSync(s.outside, join(s.workspace, 'linkdir'));
        return `linkdir/${file}`;
      },
    },
    {
      name: 'a symlink to an existing file outside',
      setup: (s, file) => {
        writeFileSync(join(s.outside, file), SENTINEL);
        symlinkSync(join(s.outside, file), join(s.workspace, 'link.out'));
        return 'link.out';
      },
    },
    {
      name: 'a dangling symlink to a new file outside',
      setup: (s, file) => {
        symlinkSync(join(s.outside, file), join(s.workspace, 'dangling.out'));
        return 'dangling.out';
      },
    },
    {
      name: 'a path under a dangling directory symlink',
      setup: (s, file) => {
        symlinkSync(join(s.outside, 'newdir'), join(s.workspace, 'ghost'));
        return `ghost/${file}`;
      },
    },
  ];
  const inputs = ['report-file', 'sarif-file'] as const;
  const cases = inputs.flatMap((input) => writeVectors.map((v) => ({ input, ...v })));

  test.each(cases)(
    '$input via $name → exit 2, nothing created or changed outside',
    async ({ input, setup }) => {
      const s = escapeSandbox();
      const target = setup(s, input === 'report-file' ? 'report.json' : 'results.sarif');
      const before = s.snapshot();
      const run = await spawnAction(s, { [input]: target });
      expect(s.snapshot()).toBe(before);
      expect(run.status).toBe(2);
      expect(run.stderr).not.toMatch(/^ {4}at /m);
    },
  );

  test.each(inputs)('%s via a dangling symlink is refused', async (input) => {
    const s = escapeSandbox();
    symlinkSync(join(s.outside, 'new.out'), join(s.workspace, 'dangling.out'));
    symlinkSync(join(s.outside, 'newdir'), join(s.workspace, 'ghost'));
    const viaFile = await spawnAction(s, { [input]: 'dangling.out' });
    const viaFolder = await spawnAction(s, { [input]: 'ghost/new.out' });
    expect(viaFile.stdout).toContain(
      'goes through a symlink whose target does not exist; refusing to use it',
    );
    expect(viaFolder.stdout).toContain(
      'goes through a symlink whose target does not exist; refusing to use it',
    );
  });

  test('a report-file inside the workspace is written there', async () => {
    const s = escapeSandbox();
    const run = await spawnAction(s, { 'report-file': 'out/report.json', 'sarif-file': 'out/results.sarif' });
    expect(run.status).toBe(0);
    expect(JSON.parse(readFileSync(join(s.workspace, 'out/report.json'), 'utf8')).result).toBe('pass');
    expect(JSON.parse(readFileSync(join(s.workspace, 'out/results.sarif'), 'utf8')).version).toBe('2.1.0');
  });
});
