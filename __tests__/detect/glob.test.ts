import { describe, expect, it } from '@jest/globals';
import { expandBraces, matchesPathGlob, pathOrParentMatcher } from '../../src/detect/glob.js';
import { listRepoFiles } from '../../src/detect/list-files.js';
import { makeTempRepo } from './repo-fixture.js';

describe('scan-ignore globs', () => {
  it.each([
    ['*', 'a', true],
    ['*', 'a/b', false],
    ['*.example', '.env.example', true],
    ['**/*.example', 'apps/web/.env.local.example', true],
    ['**', 'a/b/c', true],
    ['a/**/b', 'a/b', true],
    ['a/**/b', 'a/x/y/b', true],
    ['a/**/b', 'a/x/y/c', false],
    ['services/*/pyproject.toml', 'services/api/pyproject.toml', true],
    ['services/*/pyproject.toml', 'services/a/b/pyproject.toml', false],
    ['?.json', 'a.json', true],
    ['?.json', 'ab.json', false],
    ['[ab].json', 'b.json', true],
    ['[!ab].json', 'b.json', false],
    ['[a-c].json', 'c.json', true],
    ['{apps,tools}/**', 'tools/x/package.json', true],
    ['{apps,tools}/**', 'libs/x/package.json', false],
    ['a\\*b', 'a*b', true],
    ['a\\*b', 'axb', false],
    ['./legacy', 'legacy', true],
  ])('%s against %s: %s', (glob, path, expected) => {
    expect(matchesPathGlob(glob.replace(/^\.\//, ''), path)).toBe(expected);
  });

  it('a glob matching a folder skips everything below it', () => {
    const ignored = pathOrParentMatcher(['legacy/', './examples', '**/requirements']);
    expect(ignored('legacy/Gemfile')).toBe(true);
    expect(ignored('examples/demo/package.json')).toBe(true);
    expect(ignored('services/api/requirements/base.txt')).toBe(true);
    expect(ignored('services/api/package.json')).toBe(false);
  });

  it('refuses a glob whose braces expand past the cap', () => {
    expect(() => expandBraces('{a,b}'.repeat(9))).toThrow(/more than 256 alternatives/);
  });

  /**
   * picomatch took 34–59 s for `*a*a*a*a*b` against a 250-character folder name (issue 11). The
   * linear matcher needs at most glob length × path length steps: microseconds here. The bound is
   * thousands of times what it needs, far past 20×, and far below what a backtracking match takes.
   */
  it('a catastrophic glob against long, PR-chosen folder names stays fast (linear time)', () => {
    const ignored = pathOrParentMatcher(['*a*a*a*a*b', '**/*a*a*a*a*a*a*a*a*a*a*b/**']);
    const paths = [
      `${'a'.repeat(250)}/package.json`,
      `${'a'.repeat(100_000)}/package.json`,
      `${'a/'.repeat(10_000)}package.json`,
    ];
    const started = performance.now();
    for (const path of paths) expect(ignored(path)).toBe(false);
    expect(ignored(`${'a'.repeat(250)}b/package.json`)).toBe(true);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('listRepoFiles skips a hostile folder name quickly and lists the rest', async () => {
    const repo = makeTempRepo();
    try {
      repo.write({ [`${'a'.repeat(250)}/package.json`]: '{}', 'package.json': '{}' });
      repo.gitInit();
      const started = performance.now();
      expect(await listRepoFiles(repo.root, { ignore: ['*a*a*a*a*b'] })).toEqual([
        `${'a'.repeat(250)}/package.json`,
        'package.json',
      ]);
      expect(performance.now() - started).toBeLessThan(10_000);
    } finally {
      repo.remove();
    }
  });
});
