/**
 * The github-token never leaks: not on stdout or stderr (beyond the runner's own `::add-mask::`), not
 * in the step summary, GITHUB_OUTPUT, the JSON report, the SARIF file, or any file the run leaves
 * behind, whether the gate passes, fails, cannot evaluate, or the GitHub API misbehaves.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import {
  cleanSandboxes,
  listTree,
  MANIFEST,
  sandbox,
  spawnAction,
  STACK_FRAME,
  VALID_MANIFEST,
  type ActionRun,
  type Sandbox,
} from './helpers.js';

afterAll(cleanSandboxes);

const TOKEN = 'ghs_secretHARDENING0123456789abcdefABCDEF';
const FAILING_MANIFEST =
  'version: 1\nrequirements:\n  data: [contact]\n  residency: {regions: [eu]}\nservices:\n  - vendor: clerk\n    plan: free\n';

/** Every place a leaked token could end up, with the one allowed `::add-mask::` line removed. */
function expectNoLeak(s: Sandbox, run: ActionRun): void {
  // The only place the token may appear: the runner's own mask command (absent when inputs are
  // refused before the token is read).
  const maskLines = run.stdout.split('\n').filter((l) => l.startsWith('::add-mask::'));
  for (const line of maskLines) expect(line).toBe(`::add-mask::${TOKEN}`);
  const stdout = run.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
  expect(stdout).not.toContain(TOKEN);
  expect(run.stderr).not.toContain(TOKEN);
  expect(run.summary).not.toContain(TOKEN);
  expect(run.outputFile).not.toContain(TOKEN);
  for (const base of [s.workspace, run.runnerDir]) {
    for (const file of listTree(base)) {
      const path = join(base, file);
      if (file.endsWith('event.json') || !statSync(path).isFile()) continue;
      expect(`${file}: ${readFileSync(path, 'utf8').includes(TOKEN)}`).toBe(`${file}: false`);
    }
  }
  expect(run.stderr).not.toMatch(STACK_FRAME);
}

function pullRequestEvent(s: Sandbox): string {
  const path = join(s.root, 'event.json');
  const repository = { full_name: 'octo-org/portal', name: 'portal', owner: { login: 'octo-org' } };
  writeFileSync(
    path,
    JSON.stringify({
      action: 'synchronize',
      number: 7,
      pull_request: {
        number: 7,
        base: { ref: 'main', sha: 'b'.repeat(40) },
        head: { ref: 'x', sha: 'a'.repeat(40) },
      },
      repository,
    }),
  );
  return path;
}

const outputs = { 'report-file': 'out/report.json', 'sarif-file': 'out/results.sarif' };

describe('the token stays secret', () => {
  test('a passing run with report and SARIF files', async () => {
    const s = sandbox({ [MANIFEST]: VALID_MANIFEST });
    const run = await spawnAction(s, { ...outputs, 'github-token': TOKEN });
    expect(run.status).toBe(0);
    expect(listTree(join(s.workspace, 'out'))).toEqual(['report.json', 'results.sarif']);
    expectNoLeak(s, run);
  });

  test('a failing run that tries to comment while the API is unreachable', async () => {
    const s = sandbox({ [MANIFEST]: FAILING_MANIFEST });
    const run = await spawnAction(
      s,
      { ...outputs, 'github-token': TOKEN, comment: 'always' },
      { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: pullRequestEvent(s), RUNNER_DEBUG: '1' },
    );
    expect(run.status).toBe(1);
    expectNoLeak(s, run);
  });

  test('a configuration error', async () => {
    const s = sandbox({ [MANIFEST]: 'version: 1\nrequirements:\n  data: [contcat]\nservices: []\n' });
    const run = await spawnAction(s, { ...outputs, 'github-token': TOKEN });
    expect(run.status).toBe(2);
    expectNoLeak(s, run);
  });

  test('a usage error (bad input), and an internal error (a path that is a folder)', async () => {
    const s = sandbox({ [MANIFEST]: VALID_MANIFEST });
    const bad = await spawnAction(s, { 'github-token': TOKEN, 'fail-on': 'sometimes' });
    expect(bad.status).toBe(2);
    expectNoLeak(s, bad);
    const folder = await spawnAction(s, { 'github-token': TOKEN, manifest: '.github' });
    expect(folder.status).toBe(2);
    expectNoLeak(s, folder);
  });

  describe('against a GitHub API that answers with errors', () => {
    let server: Server;
    let reply = { status: 500, body: {} as object };
    const seen: IncomingHttpHeaders[] = [];
    beforeAll(async () => {
      server = createServer((req, res) => {
        seen.push(req.headers);
        res.writeHead(reply.status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(reply.body));
      });
      await new Promise<void>((ready) => server.listen(0, '127.0.0.1', () => ready()));
    });
    afterAll(() => new Promise<void>((done) => server.close(() => done())));

    test.each([
      [403, { message: 'Resource not accessible by integration' }],
      [500, { message: 'Internal error', documentation_url: 'https://docs.github.com' }],
      [401, { message: 'Bad credentials' }],
    ])('HTTP %i on every call', async (status, body) => {
      reply = { status, body };
      seen.length = 0;
      const s = sandbox({ [MANIFEST]: FAILING_MANIFEST });
      const run = await spawnAction(
        s,
        { ...outputs, 'github-token': TOKEN, comment: 'always' },
        {
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_EVENT_PATH: pullRequestEvent(s),
          GITHUB_API_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
          RUNNER_DEBUG: '1',
        },
      );
      expect(run.status).toBe(1);
      expect(run.stdout).toMatch(/::warning.*comment/);
      // The token did go to the API (so the authenticated path ran), and nowhere else.
      expect(seen.some((h) => h.authorization?.includes(TOKEN))).toBe(true);
      expectNoLeak(s, run);
    });
  });
});
