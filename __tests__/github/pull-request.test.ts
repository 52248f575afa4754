import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { FakeGitHub } from './fake-github.js';

/**
 * The bundled action against a GitHub API on 127.0.0.1, as on a pull_request run: sticky comment,
 * permissions, retries, paging, and the base manifest for policy.weakened.
 */
const ACTION = resolve('dist/index.js');
const FAILING = readFileSync('examples/eu-research-portal/.github/vendor-gate.yml', 'utf8');
const PASSING = FAILING.replace('regions: [eu]', 'regions: [eu, us]')
  .replace('transfers: forbidden', 'transfers: safeguarded')
  .replace('ai-training: forbidden', 'ai-training: allowed')
  .replace('deletion-days: 30', 'deletion-days: 90');
const TOKEN = 'ghs_faketoken1234567890';

let github: FakeGitHub;
let apiUrl: string;
let workspace: string;

beforeEach(async () => {
  github = new FakeGitHub();
  apiUrl = await github.start();
  workspace = mkdtempSync(join(tmpdir(), 'vg-pr-'));
  cpSync('examples/eu-research-portal', workspace, { recursive: true });
});
afterEach(async () => github.stop());

function setManifest(text: string): void {
  writeFileSync(join(workspace, '.github/vendor-gate.yml'), text);
}

async function runAction(inputs: Record<string, string> = {}): Promise<{ code: number; stdout: string }> {
  const event = join(workspace, '..', `${workspace.split('/').pop()}-event.json`);
  writeFileSync(
    event,
    JSON.stringify({
      pull_request: { number: 7, base: { sha: 'base0000sha', ref: 'main' } },
      repository: { full_name: 'acme/portal' },
    }),
  );
  const output = join(workspace, '..', `${workspace.split('/').pop()}-output`);
  const summary = join(workspace, '..', `${workspace.split('/').pop()}-summary`);
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const defaults: Record<string, string> = {
    manifest: '.github/vendor-gate.yml',
    rules: '.github/vendor-rules',
    'fail-on': 'error',
    scan: 'false',
    comment: 'on-failure',
    'github-token': TOKEN,
  };
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_REPOSITORY: 'acme/portal',
    GITHUB_API_URL: apiUrl,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    VENDOR_GATE_TODAY: '2026-11-26',
    VENDOR_GATE_RETRY_BASE_MS: '10',
  };
  for (const [name, value] of Object.entries({ ...defaults, ...inputs }))
    env[`INPUT_${name.toUpperCase()}`] = value;
  return new Promise((done) => {
    execFile('node', [ACTION], { env, cwd: workspace }, (error, stdout) => {
      done({ code: error ? Number(error.code) : 0, stdout });
    });
  });
}

const ours = () => github.comments.filter((c) => c.body.includes('<!-- vendor-gate:sticky'));

describe('sticky pull-request comment', () => {
  test('created once on a failing PR, updated in place on the next run', async () => {
    const first = await runAction();
    expect(first.code).toBe(1);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body).toContain('Vendor Gate failed');
    expect(ours()[0]!.body).toContain('residency.outside-allowed');
    const id = ours()[0]!.id;

    const second = await runAction();
    expect(second.code).toBe(1);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.id).toBe(id);
    expect(github.requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
  });

  test('updated to an all-clear when the failing PR turns clean', async () => {
    await runAction();
    setManifest(PASSING);
    const fixed = await runAction();
    expect(fixed.code).toBe(0);
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.body).toContain('Vendor Gate passes now');
    expect(ours()[0]!.body).not.toContain('residency.outside-allowed');
  });

  test('a passing PR with no earlier comment gets none', async () => {
    setManifest(PASSING);
    expect((await runAction()).code).toBe(0);
    expect(github.comments).toHaveLength(0);
  });

  test('a read-only token is a warning naming the permission, and the gate keeps its own exit code', async () => {
    github.forbidden = true;
    const run = await runAction();
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::warning::.*pull-requests: write/);
    // The only place the token may appear is the runner's own masking command.
    expect(run.stdout.replace(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN);
  });

  test('5xx answers are retried', async () => {
    github.failuresLeft = 2;
    const run = await runAction();
    expect(run.code).toBe(1);
    expect(ours()).toHaveLength(1);
    // The first request (the base manifest) met both 502s, was retried, and the run went on.
    expect(github.requests.filter((r) => r.path.includes('/contents/'))).toHaveLength(3);
  });

  test('an API that keeps failing does not change the result', async () => {
    github.failuresLeft = 100;
    const run = await runAction();
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::warning::Vendor Gate could not update its pull-request comment/);
  });

  test('finds its comment among more than 100 others', async () => {
    github.addComments(130);
    await runAction();
    const id = ours()[0]!.id;
    github.addComments(20);
    await runAction();
    expect(ours()).toHaveLength(1);
    expect(ours()[0]!.id).toBe(id);
    expect(github.requests.some((r) => r.method === 'POST' && github.comments.length > 152)).toBe(false);
  });

  test('comment: never posts nothing', async () => {
    await runAction({ comment: 'never' });
    expect(github.requests.filter((r) => r.path.includes('/issues/'))).toHaveLength(0);
  });
});

describe('policy.weakened from the base branch', () => {
  test('reads the base manifest through the API and names each relaxation at its line', async () => {
    github.files.set('.github/vendor-gate.yml@base0000sha', FAILING);
    setManifest(FAILING.replace('deletion-days: 30', 'deletion-days: 120'));
    const run = await runAction({ 'fail-on': 'never' });
    const head = FAILING.replace('deletion-days: 30', 'deletion-days: 120');
    const line = head.split('\n').findIndex((l) => l.includes('deletion-days: 120')) + 1;
    expect(run.stdout).toMatch(
      new RegExp(
        `::warning title=vendor-gate%3A policy\\.weakened,file=\\.github/vendor-gate\\.yml,line=${line},.*::.*deletion-days was raised from 30 to 120`,
      ),
    );
  });

  test('a base without a manifest is not a relaxation', async () => {
    const run = await runAction({ 'fail-on': 'never' });
    expect(run.stdout).not.toContain('policy.weakened');
  });
});
