/**
 * Local vendor rules (`.github/vendor-rules/*.yml`) come from the pull request too: uncited or
 * mis-cited facts, unknown keys and hostile detect patterns are located config errors in the rule
 * file, or (for the glob) fast and correct matching.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from '@jest/globals';
import {
  cleanSandboxes,
  evaluateManifest,
  expectConfigError,
  expectReport,
  FIXTURES,
  timed,
} from './helpers.js';

afterAll(cleanSandboxes);

const RULE_FILE = '.github/vendor-rules/acme.yml';
const MANIFEST_USING_ACME = 'version: 1\nrequirements:\n  data: [contact]\nservices:\n  - vendor: acme\n';

function rule(facts: string[], header: Partial<Record<string, string>> = {}, tail: string[] = []): string {
  const fields: Record<string, string> = {
    id: 'acme',
    name: 'Acme',
    domain: 'acme.example',
    category: 'other',
    verified: '2026-06-01',
    plans: '[free]',
    ...header,
  };
  return [
    ...Object.entries(fields).map(([k, v]) => `${k}: ${v}`),
    'sources:',
    '  docs: { url: https://acme.example/docs, title: Acme docs }',
    '  blog: { url: https://blog.example/acme, title: A blog post, kind: secondary }',
    'facts:',
    ...facts.map((f) => `  ${f}`),
    ...tail,
    '',
  ].join('\n');
}

const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

async function ruleErrors(text: string, file = RULE_FILE) {
  const { outcome, ms } = await timed(() => evaluateManifest(MANIFEST_USING_ACME, { [file]: text }));
  expect(ms).toBeLessThan(5000); // tens of milliseconds expected
  return expectConfigError(outcome, file);
}

describe('facts and their sources', () => {
  const rows: { name: string; text: string; at: string; says: string }[] = [
    {
      name: 'a confirmed fact without a source',
      text: rule(['hosting.regions: { value: [eu], status: confirmed }']),
      at: 'hosting.regions',
      says: "missing the required key 'source'",
    },
    {
      name: 'a confirmed fact without a value',
      text: rule(['hosting.regions: { status: confirmed, source: docs }']),
      at: 'hosting.regions',
      says: "missing the required key 'value'",
    },
    {
      name: 'an unclear fact without a note',
      text: rule(['ai-training: { status: unclear }']),
      at: 'ai-training',
      says: "missing the required key 'note'",
    },
    {
      name: 'an unknown fact key',
      text: rule(['hosting.region: { value: [eu], status: confirmed, source: docs }']),
      at: 'hosting.region:',
      says: "Did you mean 'hosting.regions'?",
    },
    {
      name: 'a source that names no entry',
      text: rule(['hosting.regions: { value: [eu], status: confirmed, source: dcos }']),
      at: 'hosting.regions',
      says: "cites source 'dcos', which is not in sources (docs, blog)",
    },
    {
      name: 'a confirmed fact citing a secondary source',
      text: rule(['hosting.regions: { value: [eu], status: confirmed, source: blog }']),
      at: 'hosting.regions',
      says: 'confirmed but cites a secondary source',
    },
    {
      name: 'an unknown status',
      text: rule(['hosting.regions: { value: [eu], status: likely, source: docs }']),
      at: 'hosting.regions',
      says: 'Allowed: confirmed, unclear',
    },
    {
      name: 'a fact value outside its vocabulary',
      text: rule(['hosting.regions: { value: [mars], status: confirmed, source: docs }']),
      at: 'hosting.regions',
      says: "'mars'",
    },
    {
      name: 'a fact naming a plan the rule does not have',
      text: rule(['dpa.plans: { value: [gold], status: confirmed, source: docs }']),
      at: 'dpa.plans',
      says: "names plan 'gold', which is not in plans (free)",
    },
    {
      name: 'a source URL that is not https',
      text: rule(['hosting.regions: { value: [eu], status: confirmed, source: docs }']).replace(
        'https://acme.example/docs',
        'javascript:alert(1)',
      ),
      at: 'javascript:',
      says: 'javascript:alert(1)',
    },
  ];

  test.each(rows)('$name → a located config error in the rule', async ({ text, at, says }) => {
    const errors = await ruleErrors(text);
    const here = errors.filter((e) => e.location.line === lineOf(text, at));
    expect(here.map((e) => e.message).join('\n')).toContain(says);
  });

  test('an unclear fact is never evidence for a pass: the check cannot verify', async () => {
    const text = rule([
      'hosting.regions: { value: [eu], status: unclear, source: blog, note: "A blog says EU." }',
    ]);
    const { outcome } = await timed(() =>
      evaluateManifest(
        'version: 1\nrequirements:\n  data: [contact]\n  residency: {regions: [eu]}\nservices:\n  - vendor: acme\n',
        { [RULE_FILE]: text },
      ),
    );
    const report = expectReport(outcome);
    expect(report.findings.map((f) => f.check)).toContain('residency.unverified');
  });
});

describe('rule files themselves', () => {
  test('a rule whose id does not match its file name', async () => {
    const errors = await ruleErrors(
      rule(['hosting.regions: { value: [eu], status: confirmed, source: docs }']),
      '.github/vendor-rules/other.yml',
    );
    expect(errors[0]!.message).toContain('does not match its file name');
  });

  test.each([
    ['verified in the future', '2027-01-01', 'is in the future'],
    ['verified on an impossible date', '2026-02-30', 'is not a real date'],
  ])('%s', async (_, date, says) => {
    const errors = await ruleErrors(
      rule(['hosting.regions: { value: [eu], status: confirmed, source: docs }'], { verified: date }),
    );
    expect(errors[0]!.message).toContain(says);
  });

  test.each([
    ['empty', ''],
    ['binary', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 0xff])],
    ['an alias bomb', readFileSync(join(FIXTURES, 'billion-laughs.yml'), 'utf8')],
    ['deeply nested', '['.repeat(10_000)],
    ['two documents', `${rule([])}---\n${rule([])}`],
  ])('a rule file that is %s → a located config error in it', async (_, content) => {
    const { outcome, ms } = await timed(() =>
      evaluateManifest(MANIFEST_USING_ACME, { [RULE_FILE]: content }),
    );
    expectConfigError(outcome, RULE_FILE);
    expect(ms).toBeLessThan(5000);
  });

  test('files other than *.yml / *.yaml in the rules folder are ignored', async () => {
    const { outcome } = await timed(() =>
      evaluateManifest('version: 1\nrequirements:\n  data: [contact]\nservices: []\n', {
        '.github/vendor-rules/README.md': '# not a rule: {{{',
        '.github/vendor-rules/notes.txt': '\0\0\0',
      }),
    );
    expectReport(outcome);
  });
});

describe('names of bundled rules (issue 11, finding 3)', () => {
  const FACT = 'hosting.regions: { value: [eu], status: confirmed, source: docs }';
  const rows: { name: string; header: Record<string, string>; at: string; says: string[] }[] = [
    {
      name: 'aliases naming a bundled id and domain',
      header: { domain: 'acme.example\naliases: [clerk, clerk.com]' },
      at: 'clerk, ',
      says: [
        "'clerk' is the id of the bundled rule for clerk",
        "'clerk.com' is the domain of the bundled rule for clerk",
      ],
    },
    {
      name: "a domain that is a bundled rule's domain",
      header: { domain: 'sentry.io' },
      at: 'domain: sentry.io',
      says: ["'sentry.io' is the domain of the bundled rule for sentry"],
    },
  ];

  test.each(rows)('$name → a config error at each name', async ({ header, at, says }) => {
    const text = rule([FACT], header);
    const errors = await ruleErrors(text);
    expect(errors.map((e) => e.message)).toEqual(says.map((s) => expect.stringContaining(s)));
    const line = lineOf(text, at);
    expect(errors[0]!.location).toMatchObject({ line, column: text.split('\n')[line - 1]!.indexOf(at) + 1 });
  });

  test('a second local rule cannot claim the first one’s alias', async () => {
    const other = rule([FACT], { id: 'acme2', domain: 'acme2.example\naliases: [acme.example]' });
    const { outcome } = await timed(() =>
      evaluateManifest(MANIFEST_USING_ACME, {
        [RULE_FILE]: rule([FACT]),
        '.github/vendor-rules/acme2.yml': other,
      }),
    );
    const errors = expectConfigError(outcome, '.github/vendor-rules/acme2.yml');
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringContaining(
        "'acme.example' is already the domain of the local rule .github/vendor-rules/acme.yml",
      ),
    ]);
  });

  test('replacing a bundled rule under its own id keeps its names', async () => {
    const text = rule([FACT], { id: 'clerk', domain: 'clerk.com\naliases: [clerk.dev]' });
    const { outcome } = await timed(() =>
      evaluateManifest('version: 1\nrequirements:\n  data: [contact]\nservices:\n  - vendor: clerk.com\n', {
        '.github/vendor-rules/clerk.yml': text,
      }),
    );
    const report = expectReport(outcome);
    expect(report.findings.map((f) => f.check)).toEqual(['rules.overridden']);
  });
});

describe('detect patterns', () => {
  const GLOB_RULE = readFileSync(join(FIXTURES, 'catastrophic-glob.yml'), 'utf8');
  const LONG = 'a'.repeat(20_000);
  const MATCHING = `${'a'.repeat(2000)}b`;

  test('a catastrophic glob against long names finishes fast and matches exactly the right names', async () => {
    const dependencies: Record<string, string> = {};
    for (let i = 0; i < 30; i++) dependencies[`${LONG}${i}`] = '1.0.0';
    dependencies[LONG] = '1.0.0';
    dependencies[MATCHING] = '1.0.0';
    const packageJson = JSON.stringify({ name: 'app', dependencies }, null, 2);
    const requirementsTxt = `${LONG}\n${MATCHING}==1.0\n`;
    const { outcome, ms } = await timed(() =>
      evaluateManifest(
        'version: 1\nrequirements:\n  data: [contact]\nservices: []\n',
        {
          '.github/vendor-rules/acme.yml': GLOB_RULE,
          'package.json': packageJson,
          'requirements.txt': requirementsTxt,
        },
        { scan: true },
      ),
    );
    expect(ms).toBeLessThan(5000); // ~100 ms expected (linear matching)
    const report = expectReport(outcome);
    const undeclared = report.findings.filter((f) => f.check === 'inventory.undeclared');
    expect(undeclared.map((f) => `${f.location.file}:${f.location.line}`).sort()).toEqual([
      `package.json:${lineOf(packageJson, MATCHING)}`,
      `requirements.txt:2`,
    ]);
  });

  test.each([
    ['a regular-expression metacharacter', '"(a+)+$"'],
    ['a pattern longer than 214 characters', `"${'a*'.repeat(120)}"`],
    ['an empty pattern', '""'],
    ['an env pattern with an inner wildcard', null],
  ])('%s in detect is a config error', async (name, pattern) => {
    const tail = pattern === null ? ['detect:', '  env: ["ACME_*_KEY"]'] : ['detect:', `  npm: [${pattern}]`];
    const text = rule(['hosting.regions: { value: [eu], status: confirmed, source: docs }'], {}, tail);
    const errors = await ruleErrors(text);
    expect(errors[0]!.location.line).toBe(text.split('\n').length - 1);
    expect(name).toBeTruthy();
  });
});
