import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanRepository } from '../../src/detect/scan.js';
import type { DependencyRef } from '../../src/detect/types.js';
import { makeTempRepo, type TempRepo } from './repo-fixture.js';

const FILES: Record<string, string> = {
  'package.json': '{\n  "dependencies": {\n    "@clerk/nextjs": "^6"\n  }\n}\n',
  'apps/api/requirements.txt': '# api\nclerk-backend-api==1.0\n',
  'apps/api/pyproject.toml': '[project]\nname = "api"\ndependencies = ["stripe"]\n',
  'apps/api/Pipfile': '[packages]\nsentry-sdk = "*"\n',
  'apps/worker/go.mod': 'module w\n\nrequire github.com/clerk/clerk-sdk-go/v2 v2.0.0\n',
  'apps/shop/Gemfile': 'group :test do\n  gem "stripe"\nend\n',
  'apps/shop/composer.json': '{"require": {"stripe/stripe-php": "^16"}}',
  'crates/core/Cargo.toml': '[dependencies]\nasync-stripe = "0.39"\n',
  '.env.example': 'CLERK_SECRET_KEY=sk_test_x\n# SENTRY_DSN=https://x\n',
  '.env': 'REAL_SECRET=do-not-read\n',
  'broken/package.json': '{ "dependencies": ',
  'node_modules/@clerk/nextjs/package.json': '{"dependencies": {"@clerk/clerk-react": "1"}}',
};

function brief(refs: DependencyRef[]): string[] {
  return refs.map(
    (ref) =>
      `${ref.location.file}:${ref.location.line}:${ref.location.column} ${ref.ecosystem} ${ref.name}` +
      (ref.section ? ` [${ref.section}]` : '') +
      (ref.commented ? ' (commented)' : ''),
  );
}

const EXPECTED = [
  '.env.example:1:1 env CLERK_SECRET_KEY',
  '.env.example:2:3 env SENTRY_DSN (commented)',
  'apps/api/Pipfile:2:1 pypi sentry-sdk [packages]',
  'apps/api/pyproject.toml:3:18 pypi stripe [project.dependencies]',
  'apps/api/requirements.txt:2:1 pypi clerk-backend-api',
  'apps/shop/Gemfile:2:8 gem stripe [group :test]',
  'apps/shop/composer.json:1:15 composer stripe/stripe-php [require]',
  'apps/worker/go.mod:3:9 go github.com/clerk/clerk-sdk-go/v2 [require]',
  'crates/core/Cargo.toml:2:1 cargo async-stripe [dependencies]',
  'package.json:3:6 npm @clerk/nextjs [dependencies]',
];

describe.each([
  ['git', true],
  ['walk', false],
])('scanRepository (%s mode)', (_mode, useGit) => {
  let repo: TempRepo;
  beforeEach(() => {
    repo = makeTempRepo();
    repo.write(FILES);
    if (useGit) repo.gitInit();
  });
  afterEach(() => repo.remove());

  it('finds every ecosystem, in file and line order, skipping malformed and vendored files', async () => {
    expect(brief(await scanRepository(repo.root))).toEqual(EXPECTED);
  });

  it('honours scan-ignore globs', async () => {
    const refs = await scanRepository(repo.root, { ignore: ['apps/**', '*.example'] });
    expect(brief(refs)).toEqual([
      'crates/core/Cargo.toml:2:1 cargo async-stripe [dependencies]',
      'package.json:3:6 npm @clerk/nextjs [dependencies]',
    ]);
  });

  it('skips files over the size limit and says so', async () => {
    repo.write({ 'big/package.json': `{"dependencies": {"stripe": "1"}, "pad": "${'x'.repeat(2048)}"}` });
    if (useGit) repo.gitInit();
    const skipped: string[] = [];
    const refs = await scanRepository(repo.root, {
      maxFileBytes: 1024,
      onSkip: (file, reason) => skipped.push(`${file}: ${reason}`),
    });
    expect(brief(refs)).toEqual(EXPECTED);
    expect(skipped).toEqual(['big/package.json: it is larger than 1024 bytes']);
  });

  it('never reports a value from an env file', async () => {
    const serialised = JSON.stringify(await scanRepository(repo.root));
    expect(serialised).not.toContain('sk_test_x');
    expect(serialised).not.toContain('https://x');
    expect(serialised).not.toContain('REAL_SECRET');
  });
});

describe('scanRepository and symlinks in git mode', () => {
  let repo: TempRepo;
  let outside: string;
  beforeEach(() => {
    repo = makeTempRepo();
    outside = mkdtempSync(join(tmpdir(), 'vendor-gate-outside-'));
    writeFileSync(join(outside, 'package.json'), '{"dependencies": {"outside-secret": "1"}}');
    repo.write({ 'package.json': '{"dependencies": {"inside": "1"}}' });
    repo.symlink(join(outside, 'package.json'), 'linked/package.json');
    repo.symlink('../package.json', 'alias/package.json');
    repo.gitInit();
  });
  afterEach(() => {
    repo.remove();
    rmSync(outside, { recursive: true, force: true });
  });

  it('reads tracked symlinks only when they resolve inside the repository', async () => {
    const skipped: string[] = [];
    const refs = await scanRepository(repo.root, {
      onSkip: (file, reason) => skipped.push(`${file}: ${reason}`),
    });
    expect(brief(refs)).toEqual([
      'alias/package.json:1:20 npm inside [dependencies]',
      'package.json:1:20 npm inside [dependencies]',
    ]);
    expect(skipped).toEqual(['linked/package.json: it is a symlink to a path outside the repository']);
  });
});
