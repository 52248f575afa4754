/**
 * The action against a hostile or broken GitHub API on 127.0.0.1 (issue 11): the sticky comment is
 * only ever the token's own, the API work of a run is bounded (per-request timeout, total deadline,
 * page cap and loop guard, API origin only), the token never shows in a warning, and an unreadable
 * base manifest never turns a failing gate into a pass.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { commentMarker } from '../../src/github/comment.js';
import { BOT, FakeGitHub } from './fake-github.js';

const ACTION = resolve('dist/index.js');
const FAILING = readFileSync('examples/eu-research-portal/.github/vendor-gate.yml', 'utf8');
const PASSING = FAILING.replace('regions: [eu]', 'regions: [eu, us]')
  .replace('transfers: forbidden', 'transfers: safeguarded')
  .replace('ai-training: forbidden', 'ai-training: allowed')
  .replace('deletion-days: 30', 'deletion-days: 90');
/** Not shaped like a GitHub token, so only exact redaction can hide it. */
const TOKEN = 'plain-secret-for-the-test-9f8e7d6c';
const MARKER = commentMarker('.github/vendor-gate.yml');

let github: FakeGitHub;
let apiUrl: string;
let workspace: string;

beforeEach(async () => {
  github = new FakeGitHub();
  apiUrl = await github.start();
  workspace = mkdtempSync(join(tmpdir(), 'vg-integrity-'));
  cpSync('examples/eu-research-portal', workspace, { recursive: true });
});
afterEach(async () => github.stop());

interface Run {
  code: number | null;
  stdout: string;
  ms: number;
}

function runAction(env: Record<string, string> = {}, killAfterMs = 30_000): Promise<Run> {
  const name = workspace.split('/').pop()!;
  const event = join(workspace, '..', `${name}-event.json`);
  writeFileSync(
    event,
    JSON.stringify({
      pull_request: { number: 7, base: { sha: 'base0000sha', ref: 'main' } },
      repository: { full_name: 'acme/portal' },
    }),
  );
  const output = join(workspace, '..', `${name}-output`);
  const summary = join(workspace, '..', `${name}-summary`);
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const inputs: Record<string, string> = {
    manifest: '.github/vendor-gate.yml',
    'fail-on': 'error',
    scan: 'false',
    comment: 'always',
    'github-token': TOKEN,
  };
  const full: NodeJS.ProcessEnv = {
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
    ...env,
  };
  for (const [key, value] of Object.entries(inputs)) full[`INPUT_${key.toUpperCase()}`] = value;
  const started = performance.now();
  return new Promise((done) => {
    execFile('node', [ACTION], { env: full, cwd: workspace, timeout: killAfterMs }, (error, stdout) => {
      const code = error ? ((error as { code?: number }).code ?? null) : 0;
      done({ code: typeof code === 'number' ? code : null, stdout, ms: performance.now() - started });
    });
  });
}

const marked = () => github.comments.filter((c) => c.body.includes(MARKER));
const patches = () => github.requests.filter((r) => r.method === 'PATCH');

describe('the sticky comment is only ever our own (finding 6)', () => {
  test("an author's comment carrying the marker is left alone; ours is created beside it", async () => {
    github.addComments(1, `${MARKER}\n## ✅ Vendor Gate passed`, { login: 'mallory', type: 'User' });
    const run = await runAction();
    expect(run.code).toBe(1);
    expect(patches()).toHaveLength(0);
    expect(marked().map((c) => c.user.login)).toEqual(['mallory', BOT.login]);
    expect(marked()[0]!.body).toContain('✅ Vendor Gate passed'); // untouched
  });

  test('with a forged comment listed first, our own (the bot’s) is the one updated', async () => {
    await runAction(); // creates ours
    const ours = marked()[0]!;
    github.comments.unshift({ id: 1, body: `${MARKER} forged`, user: { login: 'mallory', type: 'User' } });
    await runAction();
    expect(patches()).toHaveLength(1);
    expect(patches()[0]!.path).toMatch(new RegExp(`/issues/comments/${ours.id}$`));
    expect(github.comments.find((c) => c.id === 1)!.body).toBe(`${MARKER} forged`);
  });

  test('a personal token is known by GET /user: its own comment is updated, not the bot’s', async () => {
    github.userLogin = 'release-manager';
    github.author = { login: 'release-manager', type: 'User' };
    github.addComments(1, `${MARKER}\nold bot comment`, BOT);
    await runAction();
    const mine = marked().filter((c) => c.user.login === 'release-manager');
    expect(mine).toHaveLength(1);
    await runAction();
    expect(patches().map((p) => p.path)).toEqual([expect.stringMatching(new RegExp(`/${mine[0]!.id}$`))]);
  });
});

describe('the API work of a run is bounded (finding 12)', () => {
  test('a server that never answers: the run ends within its budget, with its own result', async () => {
    github.hang = true;
    // A 2 s budget and 200 ms per request for the test; the defaults are 60 s and 10 s. Before the
    // fix a silent server held the action for 112 s; the kill at 40 s is 20× the ~2 s expected.
    const run = await runAction(
      { VENDOR_GATE_API_BUDGET_MS: '2000', VENDOR_GATE_API_TIMEOUT_MS: '200' },
      40_000,
    );
    expect(run.code).toBe(1); // the gate's own verdict (Clerk vs EU-only), not a hang or a crash
    expect(run.stdout).toMatch(/::warning::Vendor Gate could not update its pull-request comment/);
    expect(github.requests.length).toBeLessThanOrEqual(100);
  }, 60_000);

  test('a Link header pointing at its own page: at most 30 pages are read, then a warning', async () => {
    github.selfLink = true;
    const run = await runAction();
    expect(run.code).toBe(1);
    const listings = github.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/comments'));
    expect(listings.length).toBeLessThanOrEqual(30); // before: 11,000 requests in 74 s
    expect(run.stdout).toMatch(/::warning::.*loops/);
    expect(github.requests.filter((r) => r.method === 'POST')).toHaveLength(0); // no duplicate comment
  }, 60_000);

  test('a next page on another origin is never requested (the token stays with the API)', async () => {
    const other = new FakeGitHub();
    const otherUrl = await other.start();
    try {
      github.addComments(100);
      github.foreignNext = `${otherUrl.replace('127.0.0.1', 'localhost')}/repos/acme/portal/issues/7/comments?page=2`;
      const run = await runAction();
      expect(run.code).toBe(1);
      expect(other.requests).toHaveLength(0);
      expect(run.stdout).toMatch(/::warning::.*only http:\/\/127\.0\.0\.1:\d+ is the GitHub API/);
    } finally {
      await other.stop();
    }
  });
});

describe('the token never shows in a warning (finding 13)', () => {
  test.each([
    ['a 5xx on every request', (g: FakeGitHub) => (g.failuresLeft = 1000)],
    ['a 403 on writes', (g: FakeGitHub) => (g.forbidden = true)],
    ['a 503 from the contents API', (g: FakeGitHub) => (g.contentsStatus = 503)],
  ])('%s whose body echoes the Authorization header', async (_, setUp) => {
    github.echoAuthorization = true;
    setUp(github);
    const run = await runAction();
    expect(run.stdout).toContain(`::add-mask::${TOKEN}`);
    expect(run.stdout.replace(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN);
    expect(run.stdout).toMatch(/::warning::/);
  });
});

describe('an unreadable base manifest is reported, never a pass (finding 4)', () => {
  const STRICT = `${PASSING.trimEnd()}\nchecks:\n  policy.weakened: error\n`;

  test('policy.weakened: error and a 503 from the contents API: the run fails, at the manifest', async () => {
    writeFileSync(join(workspace, '.github/vendor-gate.yml'), STRICT);
    github.files.set('.github/vendor-gate.yml@base0000sha', STRICT);
    github.contentsStatus = 503;
    const run = await runAction({}, 30_000);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error title=vendor-gate%3A policy\.weakened,file=\.github\/vendor-gate\.yml,line=1,.*could not be read/,
    );
  });

  test('a base with no manifest (404, the PR adopting Vendor Gate) has nothing to compare: it passes', async () => {
    writeFileSync(join(workspace, '.github/vendor-gate.yml'), STRICT);
    const run = await runAction();
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('policy.weakened');
  });
});
