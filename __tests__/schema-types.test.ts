/**
 * The TypeScript types of the manifest, the policy and vendor rules are written by hand; this test
 * keeps them in parity with the JSON Schemas, key by key and required by required. Each `shape`
 * below is checked by the compiler against its type (a key missing or extra, or required when the
 * type says optional, does not compile) and by the test against its schema.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from '@jest/globals';
import type { FactValues, Fact, RuleSource, VendorRule } from '../src/catalogue/types.js';
import type { DetectPatterns } from '../src/detect/types.js';
import type { Assurance, Manifest, Policy, Requirements, Service, Waiver } from '../src/manifest/types.js';

type Shape<T> = { [K in keyof T]-?: undefined extends T[K] ? 'optional' : 'required' };
const shape = <T>(keys: Shape<T>): Shape<T> => keys;

type Residency = NonNullable<Requirements['residency']>;
type RegionOption = FactValues['hosting.region-options'][number];
type Confusable = NonNullable<VendorRule['confusables']>[number];
type Detect = NonNullable<VendorRule['detect']>;

interface JsonSchema {
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  definitions?: Record<string, JsonSchema>;
  allOf?: JsonSchema[];
}
const read = (name: string) => JSON.parse(readFileSync(`schemas/${name}.schema.json`, 'utf8')) as JsonSchema;
const manifest = read('vendor-gate');
const policy = read('policy');
const rule = read('vendor-rule');
const defs = manifest.definitions!;
const service = defs.service!;
const ruleFact = (key: keyof FactValues) => rule.properties!.facts!.properties![key]!.allOf![1]!;

const rows: [string, JsonSchema, Record<string, 'optional' | 'required'>][] = [
  [
    'Manifest',
    manifest,
    shape<Manifest>({
      version: 'required',
      requirements: 'required',
      checks: 'optional',
      services: 'required',
    }),
  ],
  ['Policy', policy, shape<Policy>({ version: 'optional', requirements: 'required', checks: 'optional' })],
  [
    'Requirements',
    defs.requirements!,
    shape<Requirements>({
      data: 'required',
      residency: 'optional',
      agreements: 'optional',
      'ai-training': 'optional',
      'deletion-days': 'optional',
      certifications: 'optional',
      'subprocessor-notice-days': 'optional',
      features: 'optional',
      'max-rule-age-days': 'optional',
      'unknown-vendors': 'optional',
    }),
  ],
  [
    'Requirements.residency',
    defs.requirements!.properties!.residency!,
    shape<Residency>({ regions: 'required', transfers: 'optional' }),
  ],
  [
    'Service',
    service,
    shape<Service>({
      vendor: 'required',
      plan: 'optional',
      purpose: 'optional',
      data: 'optional',
      region: 'optional',
      agreements: 'optional',
      'opted-out': 'optional',
      assurances: 'optional',
      waivers: 'optional',
    }),
  ],
  [
    'Assurance',
    service.properties!.assurances!.items!,
    // `value` is `unknown` in the type (its vocabulary depends on the fact), required by the schema.
    { ...shape<Assurance>({ fact: 'required', value: 'optional', evidence: 'required' }), value: 'required' },
  ],
  [
    'Waiver',
    service.properties!.waivers!.items!,
    shape<Waiver>({ check: 'required', reason: 'required', expires: 'required' }),
  ],
  [
    'VendorRule',
    rule,
    shape<VendorRule>({
      id: 'required',
      name: 'required',
      domain: 'required',
      aliases: 'optional',
      category: 'required',
      verified: 'required',
      plans: 'required',
      confusables: 'optional',
      sources: 'required',
      facts: 'required',
      detect: 'optional',
    }),
  ],
  [
    'RuleSource',
    rule.properties!.sources!.additionalProperties as JsonSchema,
    shape<RuleSource>({ url: 'required', title: 'required', kind: 'optional', date: 'optional' }),
  ],
  [
    'Fact',
    rule.definitions!.fact!,
    shape<Fact>({
      value: 'optional',
      status: 'required',
      source: 'optional',
      quote: 'optional',
      note: 'optional',
    }),
  ],
  [
    'Confusable',
    rule.properties!.confusables!.items!,
    shape<Confusable>({ domain: 'required', name: 'optional', note: 'required' }),
  ],
  [
    'detect',
    rule.properties!.detect!,
    shape<Detect & DetectPatterns>({
      npm: 'optional',
      pypi: 'optional',
      go: 'optional',
      gem: 'optional',
      composer: 'optional',
      cargo: 'optional',
      env: 'optional',
      hosts: 'optional',
      regions: 'optional',
    }),
  ],
  [
    'hosting.region-options',
    ruleFact('hosting.region-options').properties!.value!.items!,
    shape<RegionOption>({ region: 'required', plans: 'required', 'on-request': 'optional' }),
  ],
];

describe('the hand-written types agree with the schemas', () => {
  test.each(rows)('%s: the same keys, the same required ones', (_, schema, keys) => {
    expect(Object.keys(schema.properties ?? {}).sort()).toEqual(Object.keys(keys).sort());
    const required = Object.keys(keys).filter((key) => keys[key] === 'required');
    expect([...(schema.required ?? [])].sort()).toEqual(required.sort());
  });

  test('every fact key of the rule schema has a value type', () => {
    const valueTypes: Record<keyof FactValues, true> = {
      role: true,
      'hosting.regions': true,
      'hosting.region-options': true,
      'hosting.providers': true,
      'hosting.processing-anywhere': true,
      'hosting.region-fixed-at-creation': true,
      'transfers.mechanisms': true,
      'dpa.plans': true,
      'baa.plans': true,
      'ai-training': true,
      'retention.deletion-after-termination-days': true,
      'retention.account-data': true,
      'retention.user-deletion': true,
      certifications: true,
      subprocessors: true,
      'subprocessors.notice-days': true,
      features: true,
    };
    expect(Object.keys(rule.properties!.facts!.properties!).sort()).toEqual(Object.keys(valueTypes).sort());
  });
});
