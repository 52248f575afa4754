import { describe, expect, test } from '@jest/globals';
import { parseManifest } from '../../src/manifest/load.js';
import { applyPolicy } from '../../src/policy/merge.js';
import { findRelaxations } from '../../src/policy/relaxations.js';
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
});
