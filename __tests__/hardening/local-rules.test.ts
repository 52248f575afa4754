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
