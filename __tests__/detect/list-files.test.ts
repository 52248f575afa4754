import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listRepoFiles } from '../../src/detect/list-files.js';
import { isInGitWorkTree, makeTempRepo, type TempRepo } from './repo-fixture.js';

const DEPENDENCIES = '{"dependencies": {"stripe": "1"}}';

/** Files a scan must list. */
const LISTED = [
  '.env.example',
  'apps/web/.env.local.example',
  'apps/web/package.json',
  'config/env/.env.sample',
  'examples/demo/package.json',
  'legacy/Gemfile',
  'package.json',
  'services/api/pyproject.toml',
  'services/api/requirements/base.txt',
];

/** Files a scan must never list: real env files, non-dependency files, and everything in skipped folders. */
const NOT_LISTED = [
  '.env',
  '.env.local',
  'README.md',
  'package-lock.json',
  'node_modules/stripe/package.json',
  'packages/ui/node_modules/left-pad/package.json',
  'bower_components/jquery/package.json',
  'vendor/bundle/ruby/Gemfile',
  'dist/package.json',
  'apps/web/build/package.json',
  'out/go.mod',
  'target/Cargo.toml',
  '.venv/lib/requirements.txt',
  'venv/requirements.txt',
  '__pycache__/requirements.txt',
  '.github/actions/setup/package.json',
  '.next/package.json',
  'env/pyvenv.cfg',
  'env/lib/python3.12/site-packages/stripe/requirements.txt',
  'tools/py311/pyvenv.cfg',
  'tools/py311/requirements.txt',
];

function writeFixture(repo: TempRepo): void {
  repo.write(Object.fromEntries([...LISTED, ...NOT_LISTED].map((path) => [path, DEPENDENCIES])));
}

describe.each([
  ['git', true],
  ['walk', false],
])('listRepoFiles (%s mode)', (_mode, useGit) => {
  let repo: TempRepo;
  beforeEach(() => {
    repo = makeTempRepo();
    writeFixture(repo);
    if (useGit) repo.gitInit();
    else expect(isInGitWorkTree(repo.root)).toBe(false);
  });
  afterEach(() => repo.remove());

  it('lists dependency files, skipping vendored, build, virtualenv and dot folders', async () => {
    expect(await listRepoFiles(repo.root)).toEqual(LISTED);
  });

  it.each([
    [['examples/**'], ['examples/demo/package.json']],
    [
      ['./examples/', 'legacy'],
      ['examples/demo/package.json', 'legacy/Gemfile'],
    ],
    [
      ['**/*.example', '**/.env.*'],
      ['.env.example', 'apps/web/.env.local.example', 'config/env/.env.sample'],
    ],
    [['**/requirements'], ['services/api/requirements/base.txt']],
    [['services/*/pyproject.toml', '', '  '], ['services/api/pyproject.toml']],
    [['**/package.json'], ['apps/web/package.json', 'examples/demo/package.json', 'package.json']],
  ])('honours the ignore globs %j', async (ignore, ignored) => {
    expect(await listRepoFiles(repo.root, { ignore })).toEqual(
      LISTED.filter((path) => !ignored.includes(path)),
    );
  });
});

describe('listRepoFiles and symlinks', () => {
  let repo: TempRepo;
  let outside: string;
  beforeEach(() => {
    repo = makeTempRepo();
    outside = mkdtempSync(join(tmpdir(), 'vendor-gate-outside-'));
    writeFileSync(join(outside, 'package.json'), DEPENDENCIES);
    repo.write({ 'package.json': DEPENDENCIES });
    repo.symlink(outside, 'linked-folder');
    repo.symlink(join(outside, 'package.json'), 'linked-file/package.json');
  });
  afterEach(() => {
    repo.remove();
    rmSync(outside, { recursive: true, force: true });
  });

  it('does not follow symlinks when walking', async () => {
    expect(await listRepoFiles(repo.root)).toEqual(['package.json']);
  });
});

describe('listRepoFiles in a subfolder of a git repository', () => {
  let repo: TempRepo;
  beforeEach(() => {
    repo = makeTempRepo();
    repo.write({
      'package.json': DEPENDENCIES,
      'apps/web/package.json': DEPENDENCIES,
      'apps/web/untracked/x': '',
    });
    repo.gitInit();
    repo.write({ 'apps/web/Gemfile': 'gem "stripe"' }); // untracked: not listed in git mode
  });
  afterEach(() => repo.remove());

  it('lists the tracked files under root, relative to root', async () => {
    expect(await listRepoFiles(join(repo.root, 'apps/web'))).toEqual(['package.json']);
  });
});
