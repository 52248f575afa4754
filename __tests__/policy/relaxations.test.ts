import { describe, expect, test } from '@jest/globals';
import { parseManifest } from '../../src/manifest/load.js';
import { applyPolicy } from '../../src/policy/merge.js';
import { loadRule } from '../../src/catalogue/load-rule.js';
import { findRelaxations, ruleFileRelaxations } from '../../src/policy/relaxations.js';
import { locate } from '../../src/source/yaml-source.js';
import { fixtureCatalogue } from '../helpers/catalogue.js';
import { positionOf } from '../helpers/yaml.js';
import { valueOf } from '../helpers/checked.js';

const catalogue = fixtureCatalogue();

const BASE = `version: 1
requirements:
  data: [contact, health]
  residency:
    regions: [eu]
    transfers: forbidden
  agreements: [dpa, baa]
  ai-training: forbidden
  deletion-days: 30
  certifications: [soc2-type2]
  subprocessor-notice-days: 30
  features: [audit-logs]
  max-rule-age-days: 365
  unknown-vendors: error
checks:
  rules.stale: error
services:
  - vendor: usonly
    plan: free
    waivers:
      - check: residency.outside-allowed
        reason: Approved
        expires: 2027-01-31
`;

function relaxations(head: string): { message: string; at: string }[] {
  const base = valueOf(parseManifest('base.yml', BASE, catalogue)).manifest;
  const parsed = valueOf(parseManifest('.github/vendor-gate.yml', head, catalogue));
  return findRelaxations(base, parsed.manifest).map((r) => {
    const l = locate(parsed.source, r.path);
    return { message: r.message, at: `${l.line}:${l.column}` };
  });
}

/** Each row: a one-line edit of the base manifest, what the relaxation must say, and where it points. */
const rows: { name: string; from: string; to: string; says: string; at: string }[] = [
  {
    name: 'region added',
    from: 'regions: [eu]',
    to: 'regions: [eu, us]',
    says: "region 'us' was added",
    at: 'us]',
  },
  {
    name: 'transfers forbidden → safeguarded',
    from: 'transfers: forbidden',
    to: 'transfers: safeguarded',
    says: 'transfers went from forbidden to safeguarded',
    at: 'transfers: safeguarded',
  },
  {
    name: 'data category dropped',
    from: 'data: [contact, health]',
    to: 'data: [contact]',
    says: "data category 'health' was dropped",
    at: 'data: [contact]',
  },
  {
    name: 'agreement dropped',
    from: 'agreements: [dpa, baa]',
    to: 'agreements: [dpa]',
    says: "agreement 'baa' was dropped",
    at: 'agreements: [dpa]',
  },
  {
    name: 'ai-training forbidden → allowed',
    from: 'ai-training: forbidden',
    to: 'ai-training: allowed',
    says: 'ai-training went from forbidden to allowed',
    at: 'ai-training: allowed',
  },
  {
    name: 'deletion-days raised',
    from: 'deletion-days: 30',
    to: 'deletion-days: 90',
    says: 'deletion-days was raised from 30 to 90',
    at: 'deletion-days: 90',
  },
  {
    name: 'certification dropped',
    from: 'certifications: [soc2-type2]',
    to: 'certifications: []',
    says: "certification 'soc2-type2' was dropped",
    at: 'certifications: []',
  },
  {
    name: 'notice days lowered',
    from: 'subprocessor-notice-days: 30',
    to: 'subprocessor-notice-days: 10',
    says: 'subprocessor-notice-days was lowered from 30 to 10',
    at: 'subprocessor-notice-days: 10',
  },
  {
    name: 'feature dropped',
    from: 'features: [audit-logs]',
    to: 'features: []',
    says: "feature 'audit-logs' was dropped",
    at: 'features: []',
  },
  {
    name: 'stale rules accepted for longer',
    from: 'max-rule-age-days: 365',
    to: 'max-rule-age-days: 999',
    says: 'max-rule-age-days was raised from 365 to 999',
    at: 'max-rule-age-days: 999',
  },
  {
    name: 'unknown vendors downgraded',
    from: 'unknown-vendors: error',
    to: 'unknown-vendors: warning',
    says: 'unknown-vendors went from error to warning',
    at: 'unknown-vendors: warning',
  },
  {
    name: 'check downgraded',
    from: 'rules.stale: error',
    to: 'rules.stale: warning',
    says: 'check rules.stale went from error to warning',
    at: 'rules.stale: warning',
  },
  {
    name: 'check turned off',
    from: 'rules.stale: error',
    to: 'rules.stale: off',
    says: 'check rules.stale went from error to off',
    at: 'rules.stale: off',
  },
  {
    name: 'default check turned off',
    from: 'rules.stale: error',
    to: 'rules.stale: error\n  residency.outside-allowed: off',
    says: 'check residency.outside-allowed went from error to off',
    at: 'residency.outside-allowed: off',
  },
  {
    name: 'waiver extended',
    from: 'expires: 2027-01-31',
    to: 'expires: 2028-01-31',
    says: 'was extended from 2027-01-31 to 2028-01-31',
    at: 'expires: 2028-01-31',
  },
  {
    name: 'waiver added',
    from: '        expires: 2027-01-31',
    to: '        expires: 2027-01-31\n      - check: retention.deletion-window\n        reason: Pending\n        expires: 2027-03-01',
    says: 'a waiver for retention.deletion-window on usonly was added',
    at: 'check: retention.deletion-window',
  },
  {
    name: 'residency removed',
    from: '  residency:\n    regions: [eu]\n    transfers: forbidden\n',
    to: '',
    says: 'requirements.residency was removed',
    at: 'requirements:',
  },
];

describe('policy.weakened: every relaxation is named and located in the head manifest', () => {
  test.each(rows)('$name', ({ from, to, says, at }) => {
    expect(BASE).toContain(from);
    const head = BASE.replace(from, to);
    const found = relaxations(head);
    expect(found).toEqual([{ message: expect.stringContaining(says), at: positionOf(head, at) }]);
  });

  test('the same manifest, or a stricter one, relaxes nothing', () => {
    expect(relaxations(BASE)).toEqual([]);
    const stricter = BASE.replace('deletion-days: 30', 'deletion-days: 10')
      .replace('regions: [eu]', 'regions: [eu]')
      .replace('features: [audit-logs]', 'features: [audit-logs, sso]');
    expect(relaxations(stricter)).toEqual([]);
  });
});

describe('an outside policy takes precedence', () => {
  const POLICY = {
    requirements: {
      data: ['contact' as const],
      'deletion-days': 30,
      residency: { regions: ['eu' as const], transfers: 'forbidden' as const },
    },
    checks: { 'rules.stale': 'error' as const },
  };

  test('the manifest may add requirements but not weaken the policy', () => {
    const own = valueOf(
      parseManifest(
        'm.yml',
        'version: 1\nrequirements:\n  data: [contact, usage]\n  deletion-days: 90\n  ai-training: forbidden\n  residency:\n    regions: [eu, us]\n    transfers: safeguarded\nchecks:\n  rules.stale: off\nservices: []\n',
        catalogue,
      ),
    ).manifest;
    const { manifest, overruled } = applyPolicy(own, POLICY, 'org/policy.yml');
    expect(manifest.requirements).toEqual({
      data: ['contact', 'usage'],
      'deletion-days': 30,
      'ai-training': 'forbidden',
      residency: { regions: ['eu'], transfers: 'forbidden' },
    });
    expect(manifest.checks).toEqual({ 'rules.stale': 'error' });
    expect(overruled.join('\n')).toMatch(/deletion-days was raised from 30 to 90/);
    expect(overruled.join('\n')).toMatch(/region 'us' was added/);
    expect(overruled.join('\n')).toMatch(/check rules.stale went from error to off/);
  });

  test("the manifest cannot lower policy.weakened below the policy's severity (issue 11, finding 1)", () => {
    const own = valueOf(
      parseManifest(
        'm.yml',
        'version: 1\nrequirements:\n  data: [contact]\nchecks:\n  policy.weakened: off\nservices: []\n',
        catalogue,
      ),
    ).manifest;
    const { manifest } = applyPolicy(
      own,
      { ...POLICY, checks: { 'policy.weakened': 'error' } },
      'org/policy.yml',
    );
    expect(manifest.checks).toEqual({ 'policy.weakened': 'error' });
  });
});

const SERVICE_BASE = `version: 1
requirements:
  data: [contact, health, usage]
services:
  - vendor: euoption
    plan: business
    data: [contact, health]
    region: eu
    agreements: [dpa]
    assurances:
      - fact: ai-training
        value: none
        evidence: Letter 4711
`;

function serviceRelaxations(head: string): { message: string; at: string }[] {
  const base = valueOf(parseManifest('base.yml', SERVICE_BASE, catalogue)).manifest;
  const parsed = valueOf(parseManifest('.github/vendor-gate.yml', head, catalogue));
  return findRelaxations(base, parsed.manifest).map((r) => {
    const l = locate(parsed.source, r.path);
    return { message: r.message, at: `${l.line}:${l.column}` };
  });
}

describe('claims, assurances and data (issue 11, finding 2): compared with the base, located at the claim', () => {
  const NEW_SERVICE = '  - vendor: usonly\n    plan: free\n';
  const rows: { name: string; from: string; to: string; says: string; at: string; occurrence?: number }[] = [
    {
      name: 'an assurance added',
      from: '        evidence: Letter 4711\n',
      to: '        evidence: Letter 4711\n      - fact: hosting.regions\n        value: [eu]\n        evidence: trust me\n',
      says: 'an assurance for hosting.regions on euoption was added (value ["eu"], evidence "trust me")',
      at: 'fact: hosting.regions',
    },
    {
      name: "an assurance's value changed",
      from: 'value: none',
      to: 'value: opt-in',
      says: 'the assurance for ai-training on euoption changed its value from "none" to "opt-in"',
      at: 'value: opt-in',
    },
    {
      name: "an assurance's evidence changed",
      from: 'evidence: Letter 4711',
      to: 'evidence: trust me',
      says: 'the assurance for ai-training on euoption changed its evidence from "Letter 4711" to "trust me"',
      at: 'evidence: trust me',
    },
    {
      name: 'an agreement claimed',
      from: 'agreements: [dpa]',
      to: 'agreements: [dpa, baa]',
      says: "agreement 'baa' was claimed for euoption",
      at: 'baa]',
    },
    {
      name: 'an opt-out claimed',
      from: '    agreements: [dpa]\n',
      to: '    agreements: [dpa]\n    opted-out: [ai-training]\n',
      says: 'an opt-out of ai-training was claimed for euoption',
      at: 'ai-training]',
    },
    {
      name: 'the region changed',
      from: 'region: eu',
      to: 'region: uk',
      says: 'the region claimed for euoption changed from eu to uk',
      at: 'region: uk',
    },
    {
      name: 'data narrowed',
      from: 'data: [contact, health]',
      to: 'data: [contact]',
      says: 'the data sent to euoption was narrowed: health no longer listed',
      at: 'data: [contact]',
    },
    {
      name: 'data narrowed to none',
      from: 'data: [contact, health]',
      to: 'data: []',
      says: 'the data sent to euoption was narrowed to none (data: [])',
      at: 'data: []',
    },
    {
      name: 'a new service declaring data: []',
      from: 'services:\n',
      to: `services:\n${NEW_SERVICE}    data: []\n`,
      says: 'usonly was added with data: [] (no personal data)',
      at: 'data: []',
    },
    {
      name: 'a new service claiming an agreement',
      from: 'services:\n',
      to: `services:\n${NEW_SERVICE}    agreements: [dpa]\n`,
      says: "agreement 'dpa' was claimed for usonly",
      at: 'dpa]',
    },
  ];

  test.each(rows)('$name', ({ from, to, says, at, occurrence }) => {
    expect(SERVICE_BASE).toContain(from);
    const head = SERVICE_BASE.replace(from, to);
    expect(serviceRelaxations(head)).toEqual([
      { message: expect.stringContaining(says), at: positionOf(head, at, occurrence) },
    ]);
  });

  test.each([
    ['the same manifest', (m: string) => m],
    ['an assurance removed', (m: string) => m.replace(/ {4}assurances:\n(.*\n){3}/, '')],
    ['an agreement dropped', (m: string) => m.replace('    agreements: [dpa]\n', '')],
    ['data widened', (m: string) => m.replace('data: [contact, health]', 'data: [contact, health, usage]')],
    [
      'the data key removed (all of requirements.data)',
      (m: string) => m.replace('    data: [contact, health]\n', ''),
    ],
    [
      'a new service with a data list',
      (m: string) =>
        m.replace('services:\n', 'services:\n  - vendor: usonly\n    plan: free\n    data: [usage]\n'),
    ],
  ])('%s relaxes nothing', (_, edit) => {
    const head = edit(SERVICE_BASE);
    expect(serviceRelaxations(head)).toEqual([]);
  });
});

describe('local rule files compared with the base (issue 11, finding 2)', () => {
  const FILE = '.github/vendor-rules/acme.yml';
  const RULE = `id: acme
name: Acme
domain: acme.example
category: analytics
verified: 2026-06-01
plans: [free]
sources:
  docs: { url: https://acme.example/docs, title: Acme docs }
facts:
  hosting.regions: { value: [us], status: confirmed, source: docs }
  ai-training: { status: unclear, note: Not said. }
detect:
  npm: ["@acme/sdk"]
`;
  const load = (text: string, file = FILE) => valueOf(loadRule(file, text, 'local', '2026-11-26'));
  const change = (text: string) =>
    ruleFileRelaxations([{ file: FILE, head: load(text), base: { text: RULE } }]);

  const rows: { name: string; from: string; to: string; says: string; at: string }[] = [
    {
      name: 'a fact changed',
      from: 'value: [us]',
      to: 'value: [eu]',
      says: 'fact hosting.regions changed from ["us"] (confirmed) to ["eu"] (confirmed)',
      at: 'hosting.regions',
    },
    {
      name: 'an unclear fact confirmed',
      from: 'ai-training: { status: unclear, note: Not said. }',
      to: 'ai-training: { value: none, status: confirmed, source: docs }',
      says: 'fact ai-training changed from none (unclear) to "none" (confirmed)',
      at: 'ai-training',
    },
    {
      name: 'a fact added',
      from: '  ai-training:',
      to: '  dpa.plans: { value: all, status: confirmed, source: docs }\n  ai-training:',
      says: 'fact dpa.plans was added: "all" (confirmed)',
      at: 'dpa.plans',
    },
    {
      name: 'a fact removed',
      from: '  ai-training: { status: unclear, note: Not said. }\n',
      to: '',
      says: 'fact ai-training was removed (was none (unclear))',
      at: 'facts:',
    },
    {
      name: 'aliases added',
      from: 'domain: acme.example\n',
      to: 'domain: acme.example\naliases: [acme-analytics]\n',
      says: 'aliases changed from none to ["acme-analytics"]',
      at: 'aliases',
    },
    {
      name: 'detect changed',
      from: '["@acme/sdk"]',
      to: '["@acme/other"]',
      says: 'detect.npm changed from ["@acme/sdk"] to ["@acme/other"]',
      at: 'npm',
    },
    {
      name: 'a quote or note changed',
      from: 'note: Not said.',
      to: 'note: Still not said.',
      says: "fact ai-training's source, quote or note changed",
      at: 'ai-training',
    },
    {
      name: 'the verified date changed',
      from: 'verified: 2026-06-01',
      to: 'verified: 2026-07-01',
      says: 'also changed: verified',
      at: 'verified',
    },
    {
      name: 'a comment added',
      from: 'id: acme\n',
      to: '# reviewed\nid: acme\n',
      says: 'in formatting or comments only',
      at: 'id: acme',
    },
  ];

  test.each(rows)('$name', ({ from, to, says, at }) => {
    expect(RULE).toContain(from);
    const head = RULE.replace(from, to);
    const [found, ...rest] = change(head);
    expect(rest).toEqual([]);
    expect(found!.message).toBe(
      `the local rule ${FILE} changed${says.startsWith('in ') ? ' ' : ': '}${says}`,
    );
    expect(`${found!.location.line}:${found!.location.column}`).toBe(positionOf(head, at));
  });

  test('added, replacing, removed, unread and invalid files', () => {
    const clerk = RULE.replace('id: acme', 'id: clerk');
    const replacing = {
      ...load(clerk, '.github/vendor-rules/clerk.yml'),
      replaces: 'rules/vendors/clerk.yml',
    };
    const shown = ruleFileRelaxations([
      { file: FILE, head: load(RULE) },
      { file: '.github/vendor-rules/clerk.yml', head: replacing },
      { file: '.github/vendor-rules/gone.yml' },
      { file: FILE, head: load(RULE), base: { unread: 'HTTP 503' } },
      { file: FILE, head: load(RULE), base: { text: '[unclosed' } },
    ]).map((r) => `${r.location.file}:${r.location.line}:${r.location.column} ${r.message}`);
    expect(shown).toEqual([
      `${FILE}:1:1 the local rule ${FILE} was added: it describes vendor 'acme' (acme.example) with facts hosting.regions, ai-training`,
      '.github/vendor-rules/clerk.yml:1:1 the local rule .github/vendor-rules/clerk.yml was added: it replaces the bundled rule for clerk (rules/vendors/clerk.yml) with its own facts (hosting.regions, ai-training)',
      '.github/vendor-rules/gone.yml:1:1 the local rule .github/vendor-rules/gone.yml was removed',
      `${FILE}:1:1 the local rule ${FILE} changed (its base version was not compared: HTTP 503)`,
      `${FILE}:1:1 the local rule ${FILE} changed (its base version is not a valid rule)`,
    ]);
  });
});
