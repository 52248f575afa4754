/**
 * The base decides what may relax (issue 11, findings 1–3): the bundled action on a pull_request
 * run whose base commit is in the checkout, so the base manifest and rule files are read with git.
 * Each row was a silent pass (exit 0, no finding) before; now each relaxation is a located
 * `policy.weakened` finding and, under `policy.weakened: error`, the run fails.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import { parseWorkflowCommands } from '../e2e/helpers.js';
import { cleanSandboxes, sandbox, spawnAction, writeFiles, type Sandbox } from '../hardening/helpers.js';
import { positionOf } from '../helpers/yaml.js';

afterAll(cleanSandboxes);

const MANIFEST = '.github/vendor-gate.yml';
const RULES = '.github/vendor-rules';

/** Clerk (US-only hosting) under an EU-only requirement that holds a DPA: the base fails on both. */
const BASE = `version: 1
requirements:
  data: [contact]
  residency:
    regions: [eu]
  agreements: [dpa]
checks:
  policy.weakened: error
services:
  - vendor: clerk
    plan: free
`;

/** A local rule for a vendor the catalogue lacks. */
const ACME = `id: acme
name: Acme
domain: acme.example
category: analytics
verified: 2026-06-01
plans: [free]
sources:
  own: { url: https://acme.example/dpa, title: Acme DPA }
facts:
  hosting.regions: { value: [us], status: confirmed, source: own }
  dpa.plans: { value: all, status: confirmed, source: own }
`;

/** A local rule that replaces the bundled Clerk rule, hosting in the EU "because we say so". */
const LOCAL_CLERK = `id: clerk
name: Clerk
domain: clerk.com
category: authentication
verified: 2026-06-01
plans: [free, pro, enterprise]
sources:
  own: { url: https://example.org/trust-me, title: Trust me }
facts:
  hosting.regions: { value: [eu], status: confirmed, source: own }
  dpa.plans: { value: all, status: confirmed, source: own }
`;

/** Acme declared with its DPA signed: only residency can fail it. */
const ACME_MANIFEST = BASE.replace('vendor: clerk', 'vendor: acme').replace(
  '    plan: free\n',
  '    plan: free\n    agreements: [dpa]\n',
);

const git = (s: Sandbox, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], {
    cwd: s.workspace,
    env: { PATH: process.env.PATH ?? '', HOME: s.root, GIT_CONFIG_NOSYSTEM: '1' },
    encoding: 'utf8',
  }).trim();

/** A repository whose one commit (the base) holds `base`; then the pull request's files on top. */
function pullRequest(
  base: Record<string, string>,
  head: Record<string, string | null>,
): Sandbox & { sha: string } {
  const s = sandbox(base);
  git(s, '-c', 'init.defaultBranch=main', 'init', '-q');
  git(s, 'add', '.');
  git(s, 'commit', '-q', '-m', 'base');
  const sha = git(s, 'rev-parse', 'HEAD');
  for (const [path, text] of Object.entries(head)) {
    if (text === null) execFileSync('rm', [join(s.workspace, path)]);
    else writeFiles(s.workspace, { [path]: text });
  }
  return { ...s, sha };
}

async function runOnPullRequest(s: Sandbox & { sha: string }, inputs: Record<string, string> = {}) {
  const event = join(s.root, 'event.json');
  writeFileSync(
    event,
    JSON.stringify({
      pull_request: {
        number: 7,
        base: { ref: 'main', sha: s.sha },
        head: { ref: 'pr', sha: 'a'.repeat(40) },
      },
      repository: { full_name: 'octo-org/portal' },
    }),
  );
  const run = await spawnAction(
    s,
    { rules: RULES, ...inputs },
    {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: event,
    },
  );
  const annotations = parseWorkflowCommands(run.stdout)
    .filter((c) => c.properties.title?.startsWith('vendor-gate: '))
    .map((c) => ({
      level: c.command,
      check: c.properties.title!.slice('vendor-gate: '.length),
      at: `${c.properties.file}:${c.properties.line}:${c.properties.col}`,
      message: c.message,
    }));
  return { ...run, annotations };
}

const at = (file: string, text: string, needle: string, occurrence = 1) =>
  `${file}:${positionOf(text, needle, occurrence)}`;
const weakened = <A extends { check: string }>(run: { annotations: A[] }) =>
  run.annotations.filter((a) => a.check === 'policy.weakened');

describe('finding 1: the head cannot lower policy.weakened below the base', () => {
  const head = BASE.replace(
    'checks:\n  policy.weakened: error',
    'checks:\n  policy.weakened: off\n  residency.outside-allowed: off\n  agreements.dpa-missing: off',
  );

  test('`policy.weakened: off` hides nothing, itself included: the run fails at the base’s severity', async () => {
    const s = pullRequest({ [MANIFEST]: BASE }, { [MANIFEST]: head });
    const run = await runOnPullRequest(s);
    expect(run.status).toBe(1);
    expect(weakened(run)).toEqual([
      {
        level: 'error',
        check: 'policy.weakened',
        at: at(MANIFEST, head, 'policy.weakened: off'),
        message: expect.stringContaining('check policy.weakened went from error to off'),
      },
      {
        level: 'error',
        check: 'policy.weakened',
        at: at(MANIFEST, head, 'residency.outside-allowed: off'),
        message: expect.stringContaining('check residency.outside-allowed went from error to off'),
      },
      {
        level: 'error',
        check: 'policy.weakened',
        at: at(MANIFEST, head, 'agreements.dpa-missing: off'),
        message: expect.stringContaining('check agreements.dpa-missing went from error to off'),
      },
    ]);
  });

  test('with the base at the default, turning it off still reports every relaxation as a warning', async () => {
    const base = BASE.replace('checks:\n  policy.weakened: error\n', '');
    const s = pullRequest({ [MANIFEST]: base }, { [MANIFEST]: head });
    const run = await runOnPullRequest(s, { 'fail-on': 'warning' });
    expect(run.status).toBe(1);
    expect(weakened(run).map((a) => `${a.level} ${a.check} ${a.at}`)).toEqual([
      `warning policy.weakened ${at(MANIFEST, head, 'policy.weakened: off')}`,
      `warning policy.weakened ${at(MANIFEST, head, 'residency.outside-allowed: off')}`,
      `warning policy.weakened ${at(MANIFEST, head, 'agreements.dpa-missing: off')}`,
    ]);
  });
});

describe('finding 2: every relaxation is compared with the base branch', () => {
  const service = (lines: string) => BASE.replace('    plan: free\n', `    plan: free\n${lines}`);
  const rows: {
    name: string;
    base?: Record<string, string>;
    head: Record<string, string>;
    at: string;
    occurrence?: number;
    says: string;
  }[] = [
    {
      name: 'an assurance added ("trust me")',
      head: {
        [MANIFEST]: service(
          '    assurances:\n      - fact: hosting.regions\n        value: [eu]\n        evidence: trust me\n',
        ),
      },
      at: 'fact: hosting.regions',
      says: 'an assurance for hosting.regions on clerk was added (value ["eu"], evidence "trust me")',
    },
    {
      name: "a service's data narrowed to []",
      head: { [MANIFEST]: service('    data: []\n') },
      at: 'data: []',
      says: 'data sent to clerk was narrowed to none',
    },
    {
      name: 'a claim added (agreements: [dpa])',
      base: { [MANIFEST]: BASE.replace('regions: [eu]', 'regions: [eu, us]') },
      head: { [MANIFEST]: service('    agreements: [dpa]\n').replace('regions: [eu]', 'regions: [eu, us]') },
      at: 'dpa]',
      occurrence: 2,
      says: "agreement 'dpa' was claimed for clerk",
    },
  ];

  test.each(rows)('$name: a located policy.weakened error, the run fails', async (row) => {
    const s = pullRequest(row.base ?? { [MANIFEST]: BASE }, row.head);
    const run = await runOnPullRequest(s);
    expect(run.status).toBe(1);
    const text = row.head[MANIFEST]!;
    expect(weakened(run)).toEqual([
      {
        level: 'error',
        check: 'policy.weakened',
        at: at(MANIFEST, text, row.at, row.occurrence),
        message: expect.stringContaining(row.says),
      },
    ]);
  });

  test('a local rule file changed in the pull request names the fact it changes', async () => {
    const manifest = ACME_MANIFEST;
    const changed = ACME.replace('value: [us]', 'value: [eu]');
    const s = pullRequest(
      { [MANIFEST]: manifest, [`${RULES}/acme.yml`]: ACME },
      { [`${RULES}/acme.yml`]: changed },
    );
    const run = await runOnPullRequest(s);
    expect(run.status).toBe(1);
    expect(run.annotations).toEqual([
      {
        level: 'error',
        check: 'policy.weakened',
        at: at(`${RULES}/acme.yml`, changed, 'hosting.regions:'),
        message: expect.stringContaining(
          `the local rule ${RULES}/acme.yml changed: fact hosting.regions changed from ["us"] (confirmed) to ["eu"] (confirmed)`,
        ),
      },
    ]);
  });

  test('an unchanged local rule is not reported', async () => {
    const manifest = ACME_MANIFEST.replace('regions: [eu]', 'regions: [us]');
    const s = pullRequest({ [MANIFEST]: manifest, [`${RULES}/acme.yml`]: ACME }, {});
    const run = await runOnPullRequest(s);
    expect(run.annotations).toEqual([]);
    expect(run.status).toBe(0);
  });
});

describe('finding 3: local rules cannot take over bundled vendors', () => {
  const POLICY = '.policy/vendor-policy.yml';
  const policy =
    'version: 1\nrequirements:\n  data: [contact]\n  residency:\n    regions: [eu]\nchecks:\n  policy.weakened: error\n';
  const manifest = BASE.replace('checks:\n  policy.weakened: error\n', '');

  test.each([
    ['without a policy', {}, { [MANIFEST]: BASE }],
    [
      'under an organisation policy with policy.weakened: error',
      { policy: POLICY },
      { [MANIFEST]: manifest, [POLICY]: policy },
    ],
  ])(
    'a local rule replacing the bundled Clerk rule %s: rules.overridden and policy.weakened, the run fails',
    async (_, inputs, base) => {
      const s = pullRequest(base, {
        [`${RULES}/clerk.yml`]: LOCAL_CLERK,
        [MANIFEST]: base[MANIFEST]!.replace('    plan: free\n', '    plan: free\n    agreements: [dpa]\n'),
      });
      const run = await runOnPullRequest(s, inputs);
      expect(run.status).toBe(1);
      const rule = `${RULES}/clerk.yml`;
      expect(run.annotations.filter((a) => a.at.startsWith(rule))).toEqual([
        {
          level: 'error',
          check: 'policy.weakened',
          at: at(rule, LOCAL_CLERK, 'id: clerk'),
          message: expect.stringContaining(
            `the local rule ${rule} was added: it replaces the bundled rule for clerk`,
          ),
        },
        {
          level: 'warning',
          check: 'rules.overridden',
          at: at(rule, LOCAL_CLERK, 'id: clerk'),
          message: expect.stringContaining('replaces the bundled rule for clerk (rules/vendors/clerk.yml)'),
        },
      ]);
    },
  );

  test.each([
    ['without a policy', {}, { [MANIFEST]: BASE }],
    [
      'under an organisation policy with policy.weakened: error',
      { policy: POLICY },
      { [MANIFEST]: manifest, [POLICY]: policy },
    ],
  ])(
    'a new id claiming `aliases: [clerk, clerk.com]` %s is a config error at the alias',
    async (_, inputs, base) => {
      const rule = LOCAL_CLERK.replace('id: clerk', 'id: myauth').replace(
        'domain: clerk.com',
        'domain: myauth.example\naliases: [clerk, clerk.com]',
      );
      const s = pullRequest(base, { [`${RULES}/myauth.yml`]: rule });
      const run = await runOnPullRequest(s, inputs);
      expect(run.status).toBe(2);
      const errors = parseWorkflowCommands(run.stdout).filter((c) => c.command === 'error');
      const shown = errors.map(
        (e) => `${e.properties.file}:${e.properties.line}:${e.properties.col} ${e.message}`,
      );
      const file = `${RULES}/myauth.yml`;
      expect(shown).toEqual([
        expect.stringContaining(`${file}:${positionOf(rule, 'clerk, ')} `),
        expect.stringContaining(`${file}:${positionOf(rule, 'clerk.com]')} `),
      ]);
      expect(shown[0]).toContain("'clerk' is the id of the bundled rule for clerk");
      expect(shown[1]).toContain("'clerk.com' is the domain of the bundled rule for clerk");
    },
  );
});
