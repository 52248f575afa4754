/**
 * `__proto__`, `constructor` and `prototype` as keys anywhere in a manifest, a policy or a local rule:
 * rejected as located config errors, or inert; never a change to the built-in prototypes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import {
  cleanSandboxes,
  evaluateManifest,
  expectConfigError,
  expectReport,
  FIXTURES,
  prototypeSnapshot,
  timed,
} from './helpers.js';

afterAll(cleanSandboxes);

let before: ReturnType<typeof prototypeSnapshot>;
beforeAll(() => {
  before = prototypeSnapshot();
});
afterEach(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
  expect(prototypeSnapshot()).toEqual(before);
});

const KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** `key: {polluted: yes}` placed at each position of a manifest that holds a mapping. */
function manifestWith(position: string, key: string): string {
  const poison = `${key}: {polluted: yes, toString: 1}`;
  const service = (extra: string[]) =>
    ['  - vendor: clerk', '    plan: free', ...extra.map((l) => `    ${l}`)].join('\n');
  const parts: Record<string, string> = {
    'top level': `version: 1\n${poison}\nrequirements:\n  data: [contact]\nservices:\n${service([])}\n`,
    requirements: `version: 1\nrequirements:\n  data: [contact]\n  ${poison}\nservices:\n${service([])}\n`,
    'requirements.residency': `version: 1\nrequirements:\n  data: [contact]\n  residency:\n    regions: [eu]\n    ${poison}\nservices:\n${service([])}\n`,
    checks: `version: 1\nrequirements:\n  data: [contact]\nchecks:\n  ${key}: off\nservices:\n${service([])}\n`,
    'a service': `version: 1\nrequirements:\n  data: [contact]\nservices:\n${service([poison])}\n`,
    'a waiver': `version: 1\nrequirements:\n  data: [contact]\nservices:\n${service(['waivers:', '  - check: rules.stale', '    reason: r', '    expires: 2027-01-01', `    ${poison}`])}\n`,
    'an assurance': `version: 1\nrequirements:\n  data: [contact]\nservices:\n${service(['assurances:', '  - fact: ai-training', '    value: none', '    evidence: letter', `    ${poison}`])}\n`,
    'an assurance value (features)': `version: 1\nrequirements:\n  data: [contact]\nservices:\n${service(['assurances:', '  - fact: features', `    value: {${key}: all}`, '    evidence: letter'])}\n`,
    'an assurance value (subprocessors)': `version: 1\nrequirements:\n  data: [contact]\nservices:\n${service(['assurances:', '  - fact: subprocessors', `    value: [{name: X, ${poison}}]`, '    evidence: letter'])}\n`,
  };
  return parts[position]!;
}

const POSITIONS = [
  'top level',
  'requirements',
  'requirements.residency',
  'checks',
  'a service',
  'a waiver',
  'an assurance',
  'an assurance value (features)',
  'an assurance value (subprocessors)',
];

describe('in the manifest', () => {
  const cases = POSITIONS.flatMap((position) => KEYS.map((key) => ({ position, key })));

  test.each(cases)('$key in $position → a located config error naming it', async ({ position, key }) => {
    const yaml = manifestWith(position, key);
    const errors = expectConfigError((await timed(() => evaluateManifest(yaml))).outcome);
    expect(errors.map((e) => e.message).join('\n')).toContain(key);
    const line = yaml.split('\n').findIndex((l) => l.includes(key)) + 1;
    expect(errors.map((e) => e.location.line)).toContain(line);
  });

  test.each(KEYS)('vendor: %s is an unknown vendor (inert), not a lookup of a built-in', async (key) => {
    const report = expectReport(
      (
        await timed(() =>
          evaluateManifest(`version: 1\nrequirements:\n  data: [contact]\nservices:\n  - vendor: ${key}\n`),
        )
      ).outcome,
    );
    expect(report.findings.map((f) => f.check)).toEqual(['vendor.unknown']);
  });

  test.each([...KEYS, 'toString', 'hasOwnProperty'])('plan: %s is not a plan', async (key) => {
    const yaml = `version: 1\nrequirements:\n  data: [contact]\nservices:\n  - vendor: clerk\n    plan: ${key}\n`;
    const errors = expectConfigError((await timed(() => evaluateManifest(yaml))).outcome);
    expect(errors[0]!.message).toContain('is not a Clerk plan');
  });

  test.each([...KEYS, 'toString', 'hasOwnProperty'])(
    'a waiver for check %s is not a check id',
    async (key) => {
      const yaml = `version: 1\nrequirements:\n  data: [contact]\nservices:\n  - vendor: clerk\n    plan: free\n    waivers:\n      - check: ${key}\n        reason: r\n        expires: 2027-01-01\n`;
      const errors = expectConfigError((await timed(() => evaluateManifest(yaml))).outcome);
      expect(errors[0]!.message).toContain('is not a check id');
    },
  );

  test('a YAML 1.1 merge of a __proto__ mapping does not reach the prototype', async () => {
    const yaml =
      '%YAML 1.1\n---\nversion: 1\nrequirements:\n  <<: {__proto__: {polluted: yes}}\n  data: [contact]\nservices: []\n';
    const errors = expectConfigError((await timed(() => evaluateManifest(yaml))).outcome);
    expect(errors[0]!.message).toContain("unknown key '__proto__'");
  });

  test('a quoted "__proto__" key is the same unknown key', async () => {
    const yaml =
      'version: 1\nrequirements:\n  data: [contact]\n  "__proto__": {polluted: yes}\nservices: []\n';
    expectConfigError((await timed(() => evaluateManifest(yaml))).outcome);
  });
});

describe('in a policy file', () => {
  test.each(KEYS)('%s in the policy requirements → a located config error in the policy', async (key) => {
    const policy = `version: 1\nrequirements:\n  data: [contact]\n  ${key}: {polluted: yes}\n`;
    const { outcome } = await timed(() =>
      evaluateManifest(
        'version: 1\nrequirements:\n  data: [contact]\nservices: []\n',
        { 'policy.yml': policy },
        { policy: 'policy.yml' },
      ),
    );
    const errors = expectConfigError(outcome, 'policy.yml');
    expect(errors[0]!.message).toContain(key);
  });
});

describe('in a local rule', () => {
  const rule = (facts: string, extra = '') =>
    [
      'id: acme',
      'name: Acme',
      'domain: acme.example',
      'category: other',
      'verified: 2026-06-01',
      'plans: [free]',
      'sources:',
      '  docs: { url: https://acme.example/docs, title: Docs }',
      extra,
      'facts:',
      facts,
      '',
    ].join('\n');
  const manifest = 'version: 1\nrequirements:\n  data: [contact]\nservices:\n  - vendor: acme\n';
  const RULE = '.github/vendor-rules/acme.yml';
  const run = (text: string) => timed(() => evaluateManifest(manifest, { [RULE]: text }));

  const rejected: [string, string][] = [
    ...KEYS.map((key): [string, string] => [
      `${key} as a fact key`,
      rule(`  ${key}: { value: [eu], status: confirmed, source: docs }`),
    ]),
    ...KEYS.map((key): [string, string] => [
      `${key} as a detect ecosystem`,
      rule('  hosting.regions: { value: [eu], status: confirmed, source: docs }', `detect:\n  ${key}: [x]`),
    ]),
    ...KEYS.map((key): [string, string] => [
      `${key} as a feature name`,
      rule(`  features: { value: { ${key}: all }, status: confirmed, source: docs }`),
    ]),
    ...KEYS.map((key): [string, string] => [
      `${key} as a top-level key`,
      rule('  hosting.regions: { value: [eu], status: confirmed, source: docs }', `${key}: {polluted: yes}`),
    ]),
    ...KEYS.map((key): [string, string] => [
      `${key} inside a source`,
      rule('  hosting.regions: { value: [eu], status: confirmed, source: docs }').replace(
        'title: Docs }',
        `title: Docs, ${key}: {polluted: yes} }`,
      ),
    ]),
  ];

  test.each(rejected)('%s → a located config error in the rule file', async (_, text) => {
    expectConfigError((await run(text)).outcome, RULE);
  });

  test.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'])(
    'a confirmed fact citing source %s (inherited by every object, not an entry of sources) → a config error',
    async (name) => {
      const text = rule(`  hosting.regions: { value: [eu], status: confirmed, source: ${name} }`);
      const errors = expectConfigError((await run(text)).outcome, RULE);
      expect(errors[0]!.message).toContain(`cites source '${name}', which is not in sources`);
    },
  );

  test('the fixture rule citing `constructor` is refused (fixtures/hardening/prototype-rule.yml)', async () => {
    const text = readFileSync(join(FIXTURES, 'prototype-rule.yml'), 'utf8');
    expectConfigError((await run(text)).outcome, RULE);
  });

  test('a source literally named __proto__ is an ordinary own entry: inert, and cited correctly', async () => {
    const text = rule('  hosting.regions: { value: [eu], status: confirmed, source: __proto__ }').replace(
      'sources:\n',
      'sources:\n  __proto__: { url: https://acme.example/proto, title: Proto }\n',
    );
    const report = expectReport(
      (
        await timed(() =>
          evaluateManifest(
            'version: 1\nrequirements:\n  data: [contact]\n  residency: {regions: [us]}\nservices:\n  - vendor: acme\n',
            { [RULE]: text },
          ),
        )
      ).outcome,
    );
    const evidence = report.findings.flatMap((f) => f.evidence).find((e) => e.fact === 'hosting.regions');
    expect(evidence?.source).toBe('https://acme.example/proto');
  });
});
