import { readFileSync } from 'node:fs';
import { describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { CHECKS } from '../src/checks/registry.js';
import { ACTION_INPUTS, ACTION_OUTPUTS } from '../src/inputs.js';
import * as vocabulary from '../src/vocabulary.js';

const actionYml = parse(readFileSync('action.yml', 'utf8')) as {
  inputs: Record<string, { default?: string; description: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
};
const manifestSchema = JSON.parse(readFileSync('schemas/vendor-gate.schema.json', 'utf8'));
const ruleSchema = JSON.parse(readFileSync('schemas/vendor-rule.schema.json', 'utf8'));
const spec = readFileSync('README.md', 'utf8');

describe('action.yml and the code agree', () => {
  test('the same inputs, with the same defaults', () => {
    const declared = Object.fromEntries(
      Object.entries(actionYml.inputs).map(([name, input]) => [name, input.default ?? '']),
    );
    expect(declared).toEqual(ACTION_INPUTS);
  });

  test('the same outputs', () => {
    expect(Object.keys(actionYml.outputs).sort()).toEqual([...ACTION_OUTPUTS].sort());
  });

  test('every input and output is described', () => {
    for (const entry of [...Object.values(actionYml.inputs), ...Object.values(actionYml.outputs)]) {
      expect(entry.description.length).toBeGreaterThan(10);
    }
  });

  test('runs the committed bundle on node24', () => {
    expect(actionYml.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });
});

describe('the schemas and the vocabulary agree', () => {
  const defs = manifestSchema.definitions;
  test.each([
    ['region', vocabulary.REGIONS],
    ['dataCategory', vocabulary.DATA_CATEGORIES],
    ['agreement', vocabulary.AGREEMENTS],
    ['certification', vocabulary.CERTIFICATIONS],
    ['feature', vocabulary.FEATURES],
    ['factKey', vocabulary.FACT_KEYS],
  ])('manifest schema %s', (name, values) => {
    expect(defs[name].enum).toEqual([...values]);
  });

  test.each([
    ['region', vocabulary.REGIONS],
    ['certification', vocabulary.CERTIFICATIONS],
    ['feature', vocabulary.FEATURES],
  ])('rule schema %s', (name, values) => {
    expect(ruleSchema.definitions[name].enum).toEqual([...values]);
  });

  test('the rule schema knows every fact key, and only those', () => {
    expect(Object.keys(ruleSchema.properties.facts.properties)).toEqual([...vocabulary.FACT_KEYS]);
  });
});

describe('the check registry', () => {
  test('holds every check id of the contract', () => {
    expect([...CHECKS.keys()]).toEqual([
      'agreements.dpa-missing',
      'agreements.dpa-unavailable',
      'ai-training.opt-out-required',
      'ai-training.unverified',
      'ai-training.vendor-trains',
      'certifications.missing',
      'claims.contradicted',
      'features.plan',
      'hipaa.baa-missing',
      'hipaa.baa-plan',
      'hipaa.baa-unavailable',
      'inventory.optional',
      'inventory.undeclared',
      'inventory.unreadable',
      'inventory.unused',
      'policy.weakened',
      'residency.observed-mismatch',
      'residency.observed-outside-allowed',
      'residency.observed-processing',
      'residency.outside-allowed',
      'residency.processing-anywhere',
      'residency.region-not-selected',
      'residency.region-plan',
      'residency.transfer-safeguarded',
      'residency.unsafeguarded-transfer',
      'residency.unverified',
      'retention.deletion-window',
      'retention.unverified',
      'rules.overridden',
      'rules.stale',
      'subprocessors.notice-period',
      'subprocessors.outside-allowed',
      'vendor.confusable',
      'vendor.unknown',
      'waiver.expired',
      'waiver.expiring',
      'waiver.unused',
    ]);
  });

  test.each([...CHECKS.values()])('$id is documented in the README with its severity', (meta) => {
    expect(meta.description.length).toBeGreaterThan(20);
    expect(meta.help.length).toBeGreaterThan(20);
    const severity = meta.severity === 'unknown-vendors' ? 'requirements.unknown-vendors' : meta.severity;
    expect(spec).toMatch(
      new RegExp(`\\| \`${meta.id.replace('.', '\\.')}\` \\| ${severity.replace('.', '\\.')} \\|`),
    );
  });
});
