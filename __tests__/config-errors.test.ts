import { describe, expect, test } from '@jest/globals';
import type { ConfigError } from '../src/source/config-error.js';
import { Invalid } from './helpers/checked.js';
import { check } from './helpers/catalogue.js';
import { positionOf } from './helpers/yaml.js';

function configErrors(yaml: string): ConfigError[] {
  try {
    check(yaml);
  } catch (error) {
    if (error instanceof Invalid) return error.errors;
    throw error;
  }
  throw new Error('expected configuration errors, got a report');
}

/** Each row: a manifest, the text the error must point at, and words its message must contain. */
const rows: { name: string; yaml: string; at: string; says: string[] }[] = [
  {
    name: 'misspelt key, with a suggestion',
    yaml: 'version: 1\nrequirements:\n  data: [contact]\n  residency:\n    regoins: [eu]\nservices: []\n',
    at: 'regoins',
    says: ["unknown key 'regoins'", "Did you mean 'regions'?"],
  },
  {
    name: 'region outside the vocabulary',
    yaml: 'version: 1\nrequirements:\n  data: [contact]\n  residency:\n    regions: [eu, mars]\nservices: []\n',
    at: 'mars',
    says: ["'mars' is not allowed for requirements.residency.regions[1]", 'Allowed: eu, uk, ch'],
  },
  {
    name: 'data category typo',
    yaml: 'version: 1\nrequirements:\n  data: [contcat]\nservices: []\n',
    at: 'contcat',
    says: ["Did you mean 'contact'?"],
  },
  {
    name: 'requirements.data missing',
    yaml: 'version: 1\nrequirements:\n  agreements: [dpa]\nservices: []\n',
    at: 'requirements',
    says: ["requirements is missing the required key 'data'"],
  },
  {
    name: 'version other than 1',
    yaml: 'version: 2\nrequirements:\n  data: []\nservices: []\n',
    at: '2',
    says: ['2 is not allowed for version', 'Allowed: 1'],
  },
  {
    name: 'duplicate key',
    yaml: 'version: 1\nrequirements:\n  data: [contact]\n  data: [health]\nservices: []\n',
    at: 'data: [health]',
    says: ["duplicate key 'data'"],
  },
  {
    name: 'plan the vendor does not have',
    yaml: 'version: 1\nrequirements:\n  data: [contact]\nservices:\n  - vendor: clerk\n    plan: prro\n',
    at: 'prro',
    says: ["'prro' is not a Clerk plan", "Did you mean 'pro'?", 'Plans: free, pro, enterprise'],
  },
  {
    name: 'plan missing for a vendor with several',
    yaml: 'version: 1\nrequirements:\n  data: [contact]\nservices:\n  - vendor: clerk\n',
    at: 'vendor',
    says: ['needs a plan: one of free, pro, enterprise'],
  },
  {
    name: 'waiver for an unknown check',
    yaml: 'version: 1\nrequirements:\n  data: [contact]\nservices:\n  - vendor: clerk\n    plan: free\n    waivers:\n      - check: residency.outside-alowed\n        reason: ok\n        expires: 2027-01-01\n',
    at: 'residency.outside-alowed',
    says: ["Did you mean 'residency.outside-allowed'?"],
  },
  {
    name: 'waiver with an impossible date',
    yaml: 'version: 1\nrequirements:\n  data: [contact]\nservices:\n  - vendor: clerk\n    plan: free\n    waivers:\n      - check: rules.stale\n        reason: ok\n        expires: 2026-02-30\n',
    at: '2026-02-30',
    says: ["expires: '2026-02-30' is not a real date"],
  },
  {
    name: 'waiver without a reason',
    yaml: 'version: 1\nrequirements:\n  data: [contact]\nservices:\n  - vendor: clerk\n    plan: free\n    waivers:\n      - check: rules.stale\n        expires: 2027-01-01\n',
    at: 'check: rules.stale',
    says: ["is missing the required key 'reason'"],
  },
  {
    name: 'service sends data the requirements do not list',
    yaml: 'version: 1\nrequirements:\n  data: [contact]\nservices:\n  - vendor: clerk\n    plan: free\n    data: [contact, health]\n',
    at: 'health',
    says: ["sends 'health' data, which requirements.data does not list"],
  },
  {
    name: 'assurance value outside the fact vocabulary',
    yaml: 'version: 1\nrequirements:\n  data: [contact]\nservices:\n  - vendor: clerk\n    plan: free\n    assurances:\n      - fact: ai-training\n        value: never\n        evidence: Letter\n',
    at: 'never',
    says: ['assurance for ai-training', "'never' is not allowed", 'Allowed: none, opt-in, opt-out, yes'],
  },
  {
    name: 'unknown check in checks',
    yaml: 'version: 1\nrequirements:\n  data: [contact]\nchecks:\n  rules.stal: off\nservices: []\n',
    at: 'rules.stal',
    says: ["Did you mean 'rules.stale'?"],
  },
  {
    name: 'wrong type',
    yaml: 'version: 1\nrequirements:\n  data: contact\nservices: []\n',
    at: 'contact',
    says: ['requirements.data must be a list, not string'],
  },
  {
    name: 'tab indentation',
    yaml: 'version: 1\nrequirements:\n\tdata: [contact]\nservices: []\n',
    at: '\tdata',
    says: ['tabs are not allowed'],
  },
  {
    name: 'two YAML documents',
    yaml: 'version: 1\nrequirements:\n  data: []\nservices: []\n---\nversion: 1\n',
    at: '---',
    says: ['more than one YAML document'],
  },
  {
    name: 'empty file',
    yaml: '',
    at: '',
    says: ['the file is empty'],
  },
];

describe('configuration errors', () => {
  test.each(rows)('$name', ({ yaml, at, says }) => {
    const errors = configErrors(yaml);
    expect(errors).toHaveLength(1);
    const [error] = errors;
    expect(`${error!.location.line}:${error!.location.column}`).toBe(
      at === '' ? '1:1' : positionOf(yaml, at),
    );
    expect(error!.location.file).toBe('.github/vendor-gate.yml');
    for (const words of says) expect(error!.message).toContain(words);
  });

  test('every error in a file is reported at once, in file order', () => {
    const yaml =
      'version: 1\nrequirements:\n  data: [contact]\n  residency:\n    regoins: [eu]\n  ai-trainin: forbidden\nservices: []\n';
    expect(configErrors(yaml).map((e) => e.location.line)).toEqual([5, 6]);
  });

  test('an alias bomb fails fast with a clear error', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(',')}]`,
      );
    const started = Date.now();
    const errors = configErrors(`${lines.join('\n')}\n`);
    // Refused after 50 aliases, in milliseconds; the bound is far past 20× that.
    expect(Date.now() - started).toBeLessThan(5000);
    expect(errors[0]!.message).toContain('aliases');
  });
});
