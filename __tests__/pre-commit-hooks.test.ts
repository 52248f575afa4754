/**
 * `.pre-commit-hooks.yaml`: the `vendor-gate` hook parses, names the package's real bin, checks the
 * repository once, and runs when the manifest, a local rule or a dependency file changes (the files
 * SPEC §3 lists for dependency detection), and not for other files.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { makeWorkspace, removeTempDirs, REPO, TODAY } from './e2e/helpers.js';

afterAll(removeTempDirs);

interface Hook {
  id: string;
  name: string;
  entry: string;
  language: string;
  pass_filenames: boolean;
  files: string;
}

const hooks = parse(readFileSync(join(REPO, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { bin: Record<string, string> };
const hook = hooks.find((h) => h.id === 'vendor-gate')!;
// pre-commit matches `files` with Python's re.search; this pattern uses only syntax JavaScript reads alike.
const files = new RegExp(hook.files);

describe('.pre-commit-hooks.yaml', () => {
  test('defines the vendor-gate hook: node, checks the repository once', () => {
    expect(hooks.map((h) => h.id)).toEqual(['vendor-gate']);
    expect(hook).toMatchObject({ language: 'node', entry: 'vendor-gate check', pass_filenames: false });
  });

  test("its entry is the package's bin, and that bin is shipped", () => {
    const [bin] = hook.entry.split(' ');
    expect(Object.keys(pkg.bin)).toContain(bin);
    const target = pkg.bin[bin!]!;
    expect(existsSync(join(REPO, target))).toBe(true);
    expect(readFileSync(join(REPO, target), 'utf8')).toMatch(/^#!\/usr\/bin\/env node/);
  });

  test.each([
    '.github/vendor-gate.yml',
    '.github/vendor-rules/acme.yml',
    'package.json',
    'apps/web/package.json',
    'requirements.txt',
    'requirements-dev.txt',
    'services/api/requirements-prod.txt',
    'pyproject.toml',
    'Pipfile',
    'go.mod',
    'cmd/worker/go.mod',
    'Gemfile',
    'composer.json',
    'Cargo.toml',
    '.env.example',
    '.env.local.example',
    'apps/web/.env.production.example',
  ])('runs when %s changes', (path) => {
    expect(files.test(path)).toBe(true);
  });

  test.each([
    'src/index.ts',
    'README.md',
    'package-lock.json',
    'Gemfile.lock',
    'go.sum',
    'Cargo.lock',
    '.env',
    '.env.local',
    'docs/vendor-gate.yml',
    '.github/workflows/ci.yml',
    'mypackage.json',
  ])('does not run when only %s changes', (path) => {
    expect(files.test(path)).toBe(false);
  });

  test('the entry runs: `vendor-gate check` on a repository that passes exits 0', () => {
    const workspace = makeWorkspace(['examples/internal-tool']);
    const [, ...args] = hook.entry.split(' ');
    const run = spawnSync(process.execPath, [join(REPO, pkg.bin['vendor-gate']!), ...args], {
      cwd: workspace,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH ?? '',
        HOME: workspace,
        VENDOR_GATE_TODAY: TODAY,
        GIT_CEILING_DIRECTORIES: dirname(workspace),
      },
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
