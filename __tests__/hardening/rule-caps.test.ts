/**
 * Local rules come from the pull request: their number, size and error output are capped (issue 11:
 * 300 rule files of 1 MB took 18.7 s; 2,000 bad rules printed 12,000 error lines).
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { evaluateRepository } from '../../src/evaluate-repository.js';
import {
  cleanSandboxes,
  expectConfigError,
  MANIFEST,
  options,
  sandbox,
  spawnCli,
  VALID_MANIFEST,
} from './helpers.js';

afterAll(cleanSandboxes);

const RULES = '.github/vendor-rules';

/** A rule file with several schema errors (unknown keys, bad date, bad plan list). */
function badRule(i: number): string {
  return `id: bad${i}\nname: 1\ndomain: 2\ncategory: nope\nverified: yesterday\nplans: free\nsurprise: 1\nsurprise2: 2\n`;
}

function rulesFolder(count: number, content: (i: number) => string): Record<string, string> {
  return Object.fromEntries(
    Array.from({ length: count }, (_, i) => [`${RULES}/r${String(i).padStart(4, '0')}.yml`, content(i)]),
  );
}

describe('caps on local rules', () => {
  test('more than 200 rule files: one error at the folder, nothing parsed', async () => {
    const s = sandbox({ [MANIFEST]: VALID_MANIFEST, ...rulesFolder(201, badRule) });
    const errors = expectConfigError(await evaluateRepository(options(s.workspace)), RULES);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toBe('the rules folder holds 201 rule files; at most 200 are read');
  });

  test('a rule file over 256 KiB is refused by its size, located at the file', async () => {
    const big = `id: big\n# ${'x'.repeat(300 * 1024)}\n`;
    const s = sandbox({ [MANIFEST]: VALID_MANIFEST, [`${RULES}/big.yml`]: big });
    const errors = expectConfigError(await evaluateRepository(options(s.workspace)), `${RULES}/big.yml`);
    expect(errors.map((e) => e.message)).toEqual([
      'the file is larger than 262144 bytes; refusing to read it',
    ]);
  });

  test('more than 4 MiB of rules together is refused', async () => {
    const s = sandbox({
      [MANIFEST]: VALID_MANIFEST,
      ...rulesFolder(20, (i) => `id: r${i}\n# ${'x'.repeat(250 * 1024)}\n`),
    });
    const errors = expectConfigError(await evaluateRepository(options(s.workspace)), RULES);
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(
        /^the rule files hold \d+ bytes together, more than 4194304; refusing to read them$/,
      ),
    ]);
  });

  test('190 bad rules: the CLI prints at most ~100 error lines, saying more were not shown', async () => {
    const s = sandbox({ [MANIFEST]: VALID_MANIFEST, ...rulesFolder(190, badRule) });
    const run = await spawnCli(s.workspace, ['check', '--no-scan']);
    expect(run.status).toBe(2);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines.length).toBeLessThanOrEqual(103);
    expect(run.stderr).toMatch(/more (errors not shown|rule files not read)/);
  });
});
