/**
 * report-file and sarif-file never clobber (issue 11, finding 14): not through a symlink anywhere in
 * the path, not over the manifest, a tracked file or anything in .git, not over a file Vendor Gate
 * did not write, and not both at one path. A folder or FIFO at the path is a usage error (exit 2)
 * naming the input, never "internal error".
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { cleanSandboxes, MANIFEST, sandbox, spawnAction, VALID_MANIFEST, type Sandbox } from './helpers.js';

afterAll(cleanSandboxes);

function gitRepo(files: Record<string, string> = {}): Sandbox {
  const s = sandbox({ [MANIFEST]: VALID_MANIFEST, 'package.json': '{"name": "app"}\n', ...files });
  const env = { PATH: process.env.PATH ?? '', HOME: dirname(s.workspace), GIT_CONFIG_NOSYSTEM: '1' };
  execFileSync('git', ['-c', 'init.defaultBranch=main', 'init', '-q'], { cwd: s.workspace, env });
  execFileSync('git', ['add', '.'], { cwd: s.workspace, env });
  return s;
}

/** The usage error a runner shows: `::error title=vendor-gate: bad input::…`. */
function refusal(stdout: string): string {
  return stdout
    .split('\n')
    .filter((l) => l.startsWith('::error title=vendor-gate%3A bad input::'))
    .join('\n');
}

const read = (s: Sandbox, path: string) => readFileSync(join(s.workspace, path), 'utf8');

describe('outputs never clobber', () => {
  test.each(['report-file', 'sarif-file'])(
    '%s: a committed symlink to .git/config is refused, and .git/config is unchanged',
    async (input) => {
      const s = gitRepo();
      const config = read(s, '.git/config');
      symlinkSync('.git/config', join(s.workspace, 'vendor-gate.out'));
      const run = await spawnAction(s, { [input]: 'vendor-gate.out' });
      expect(run.status).toBe(2);
      expect(refusal(run.stdout)).toContain(
        `${input}: vendor-gate.out goes through a symlink (vendor-gate.out)`,
      );
      expect(read(s, '.git/config')).toBe(config);
    },
  );

  test('a symlinked folder inside the workspace is refused too', async () => {
    const s = gitRepo();
    mkdirSync(join(s.workspace, 'real'));
    symlinkSync('real', join(s.workspace, 'out'));
    const run = await spawnAction(s, { 'report-file': 'out/report.json' });
    expect(run.status).toBe(2);
    expect(refusal(run.stdout)).toContain('goes through a symlink (out)');
  });

  test.each([
    ['the manifest', MANIFEST, 'is the manifest'],
    ['a tracked file', 'package.json', 'is a file tracked by git'],
    ['a file in .git', '.git/config', 'is inside .git'],
    ['a local rule', '.github/vendor-rules/acme.yml', 'is in the local rules folder'],
  ])('report-file naming %s is refused, and the file is unchanged', async (_, path, why) => {
    const s = gitRepo();
    const exists = path !== '.github/vendor-rules/acme.yml';
    const before = exists ? read(s, path) : undefined;
    const run = await spawnAction(s, { 'report-file': path });
    expect(run.status).toBe(2);
    expect(refusal(run.stdout)).toContain(`report-file: ${path} ${why}; refusing to write there`);
    if (exists) expect(read(s, path)).toBe(before);
  });

  test('an untracked file Vendor Gate did not write is refused', async () => {
    const s = gitRepo();
    writeFileSync(join(s.workspace, 'notes.json'), '{"mine": true}\n');
    const run = await spawnAction(s, { 'sarif-file': 'notes.json' });
    expect(run.status).toBe(2);
    expect(refusal(run.stdout)).toContain('is an existing file that Vendor Gate did not write');
    expect(read(s, 'notes.json')).toBe('{"mine": true}\n');
  });

  test('report-file and sarif-file at the same path are refused', async () => {
    const s = gitRepo();
    const run = await spawnAction(s, { 'report-file': 'out.json', 'sarif-file': './out.json' });
    expect(run.status).toBe(2);
    expect(refusal(run.stdout)).toContain('report-file and sarif-file name the same file');
  });

  test.each([
    ['a folder', (path: string) => mkdirSync(path), 'is a folder'],
    ['a FIFO', (path: string) => execFileSync('mkfifo', [path]), 'is not a regular file'],
  ])('%s at the path: exit 2, a located usage error, no internal error, no hang', async (_, make, why) => {
    const s = gitRepo();
    make(join(s.workspace, 'report.json'));
    const run = await spawnAction(s, { 'report-file': 'report.json' });
    expect(run.status).toBe(2);
    expect(refusal(run.stdout)).toContain(`report-file: report.json ${why}`);
    expect(run.stdout).not.toContain('internal error');
    expect(run.outputFile).toMatch(/result<<[^\n]*\nerror\n/);
  });

  test('its own earlier report and SARIF are overwritten (a second run in one job)', async () => {
    const s = gitRepo();
    const inputs = { 'report-file': 'out/report.json', 'sarif-file': 'out/results.sarif' };
    expect((await spawnAction(s, inputs)).status).toBe(0);
    expect((await spawnAction(s, inputs)).status).toBe(0);
    expect(JSON.parse(read(s, 'out/report.json')).tool.name).toBe('vendor-gate');
    expect(JSON.parse(read(s, 'out/results.sarif')).runs[0].tool.driver.name).toBe('vendor-gate');
  });
});
