import { describe, expect, test } from '@jest/globals';
import { Catalogue } from '../../src/catalogue/catalogue.js';
import { loadRule } from '../../src/catalogue/load-rule.js';
import { brief, check, fixtureCatalogue, TODAY } from '../helpers/catalogue.js';
import { manifest, positionOf } from '../helpers/yaml.js';

/**
 * SPEC §7.3 "No false green": a pass means each requirement was checked against a confirmed fact,
 * a signed agreement the catalogue allows, or a recorded assurance. Each row lists every finding of
 * the areas it names, so "one finding, not two" is asserted too.
 */
interface Row {
  name: string;
  yaml: string;
  /** Check-id prefixes whose findings the row lists in full. */
  areas: string[];
  /** [check, severity, text the finding points at, which occurrence of that text (default 1)]. */
  expected: [string, string, string, number?][];
}

function run(rows: Row[]) {
  test.each(rows)('$name', ({ yaml, areas, expected }) => {
    const findings = check(yaml).filter((f) => areas.some((a) => f.check.startsWith(a)));
    expect(findings.map(brief)).toEqual(
      expected.map(([id, severity, text, nth]) => `${id} ${severity} ${positionOf(yaml, text, nth)}`),
    );
  });
}

const HEALTH = ['data: [health]'];
const DPA = ['data: [contact]', 'agreements: [dpa]'];
const EU = ['data: [contact]', 'residency:', '  regions: [eu]'];
const NO_AI = ['data: [content]', 'ai-training: forbidden'];
const assurance = (fact: string, value: string) => [
  'assurances:',
  `  - fact: ${fact}`,
  `    value: ${value}`,
  '    evidence: Order form, clause 7',
];

describe('claims.contradicted: each claim kind × plan offers it / does not / fact unknown / assurance', () => {
  run([
    // agreements: [baa] — euoption offers a BAA only on business
    {
      name: 'baa: the plan offers it',
      areas: ['claims.', 'hipaa.'],
      yaml: manifest(HEALTH, [['vendor: euoption', 'plan: business', 'agreements: [baa]']]),
      expected: [],
    },
    {
      name: 'baa: the plan does not offer it (replaces hipaa.baa-plan)',
      areas: ['claims.', 'hipaa.'],
      yaml: manifest(HEALTH, [['vendor: euoption', 'plan: free', 'agreements: [dpa, baa]']]),
      expected: [
        ['claims.contradicted', 'error', 'dpa,'],
        ['claims.contradicted', 'error', 'baa]'],
      ],
    },
    {
      name: 'baa: the vendor offers none on any plan (replaces hipaa.baa-unavailable)',
      areas: ['claims.', 'hipaa.'],
      yaml: manifest(HEALTH, [['vendor: usonly', 'plan: free', 'agreements: [baa]']]),
      expected: [['claims.contradicted', 'error', 'baa]']],
    },
    {
      name: 'baa: the fact is unknown (the signed agreement stands)',
      areas: ['claims.', 'hipaa.'],
      yaml: manifest(HEALTH, [['vendor: vague', 'agreements: [baa]']]),
      expected: [],
    },
    {
      name: 'baa: an assurance records the BAA on this plan',
      areas: ['claims.', 'hipaa.'],
      yaml: manifest(HEALTH, [
        ['vendor: euoption', 'plan: free', 'agreements: [baa]', ...assurance('baa.plans', '[free]')],
      ]),
      expected: [],
    },
    {
      name: 'baa: an assurance that does not allow the claim settles nothing',
      areas: ['claims.', 'hipaa.'],
      yaml: manifest(HEALTH, [
        ['vendor: euoption', 'plan: free', 'agreements: [baa]', ...assurance('baa.plans', '[business]')],
      ]),
      expected: [['claims.contradicted', 'error', 'baa]']],
    },
    // agreements: [dpa] — euoption offers a DPA only on business, planeu on none
    {
      name: 'dpa: the plan offers it',
      areas: ['claims.', 'agreements.'],
      yaml: manifest(DPA, [['vendor: euoption', 'plan: business', 'agreements: [dpa]']]),
      expected: [],
    },
    {
      name: 'dpa: the plan does not offer it (replaces agreements.dpa-unavailable)',
      areas: ['claims.', 'agreements.'],
      yaml: manifest(DPA, [['vendor: euoption', 'plan: free', 'agreements: [dpa]']]),
      expected: [['claims.contradicted', 'error', 'dpa]', 2]],
    },
    {
      name: 'dpa: claimed where the vendor offers none, though no requirement asks for one',
      areas: ['claims.', 'agreements.'],
      yaml: manifest(['data: [contact]'], [['vendor: planeu', 'plan: free', 'agreements: [dpa]']]),
      expected: [['claims.contradicted', 'error', 'dpa]']],
    },
    {
      name: 'dpa: the fact is unknown',
      areas: ['claims.', 'agreements.'],
      yaml: manifest(DPA, [['vendor: vague', 'agreements: [dpa]']]),
      expected: [],
    },
    {
      name: 'dpa: an assurance records the DPA on every plan',
      areas: ['claims.', 'agreements.'],
      yaml: manifest(DPA, [
        ['vendor: planeu', 'plan: free', 'agreements: [dpa]', ...assurance('dpa.plans', 'all')],
      ]),
      expected: [],
    },
    // region — planeu offers eu only on enterprise
    {
      name: 'region: the plan offers it',
      areas: ['claims.', 'residency.'],
      yaml: manifest(EU, [['vendor: planeu', 'plan: enterprise', 'region: eu']]),
      expected: [],
    },
    {
      name: 'region: the plan does not offer it (replaces residency.region-plan)',
      areas: ['claims.', 'residency.'],
      yaml: manifest(EU, [['vendor: planeu', 'plan: free', 'region: eu']]),
      expected: [['claims.contradicted', 'error', 'region: eu']],
    },
    {
      name: 'region: the vendor offers it on no plan (replaces residency.outside-allowed)',
      areas: ['claims.', 'residency.'],
      yaml: manifest(EU, [['vendor: usonly', 'plan: free', 'region: eu']]),
      expected: [['claims.contradicted', 'error', 'region: eu']],
    },
    {
      name: 'region: contradicted even with no residency requirement',
      areas: ['claims.', 'residency.'],
      yaml: manifest(['data: [contact]'], [['vendor: usonly', 'plan: free', 'region: jp']]),
      expected: [['claims.contradicted', 'error', 'region: jp']],
    },
    {
      name: 'region: the hosting facts are unknown',
      areas: ['claims.', 'residency.'],
      yaml: manifest(EU, [['vendor: vague', 'region: eu']]),
      expected: [['residency.unverified', 'warning', 'vendor: vague']],
    },
    {
      name: 'region: an assurance records the region',
      areas: ['claims.', 'residency.'],
      yaml: manifest(EU, [
        ['vendor: planeu', 'plan: free', 'region: eu', ...assurance('hosting.regions', '[eu]')],
      ]),
      expected: [],
    },
    // opted-out: [ai-training] — euoption trains (yes), usonly is opt-out, clerk is unclear
    {
      name: 'opted-out: the vendor offers the opt-out',
      areas: ['claims.', 'ai-training.'],
      yaml: manifest(NO_AI, [['vendor: usonly', 'plan: free', 'opted-out: [ai-training]']]),
      expected: [],
    },
    {
      name: 'opted-out: the vendor trains with no opt-out (replaces ai-training.vendor-trains)',
      areas: ['claims.', 'ai-training.'],
      yaml: manifest(NO_AI, [['vendor: euoption', 'plan: free', 'opted-out: [ai-training]']]),
      expected: [['claims.contradicted', 'error', 'ai-training]']],
    },
    {
      name: 'opted-out: the fact is unknown',
      areas: ['claims.', 'ai-training.'],
      yaml: manifest(NO_AI, [['vendor: clerk', 'plan: free', 'opted-out: [ai-training]']]),
      expected: [['ai-training.unverified', 'warning', 'vendor: clerk']],
    },
    {
      name: 'opted-out: an assurance records the no-training commitment',
      areas: ['claims.', 'ai-training.'],
      yaml: manifest(NO_AI, [
        ['vendor: euoption', 'plan: free', 'opted-out: [ai-training]', ...assurance('ai-training', 'none')],
      ]),
      expected: [],
    },
  ]);

  test('the message quotes the fact and its source; the evidence carries it', () => {
    const yaml = manifest(HEALTH, [['vendor: clerk', 'plan: free', 'agreements: [baa]']]);
    const [finding] = check(yaml).filter((f) => f.check === 'claims.contradicted');
    expect(finding?.message).toMatch(
      /^This service records a signed BAA, but Clerk offers a BAA only on the enterprise plan, and this service is on free \(baa\.plans: \["enterprise"\], https:\/\/clerk\.com\//,
    );
    expect(finding?.evidence[0]).toMatchObject({ fact: 'baa.plans', status: 'confirmed' });
    expect(finding?.location).toMatchObject({ line: 7, column: 18, endLine: 7, endColumn: 21 });
  });
});

describe('an uncatalogued vendor is a vendor whose every fact is unknown', () => {
  const ALL = [
    'data: [contact, health]',
    'residency:',
    '  regions: [eu]',
    'agreements: [dpa]',
    'ai-training: forbidden',
    'deletion-days: 30',
    'certifications: [soc2-type2]',
    'subprocessor-notice-days: 30',
    'features: [sso]',
  ];
  run([
    {
      name: 'every requirement answers "cannot verify" at its usual severity',
      areas: [''],
      yaml: manifest(ALL, [['vendor: mailcorp.example', 'plan: pro']]),
      expected: [
        ['agreements.dpa-missing', 'error', 'vendor: mailcorp.example'],
        ['certifications.missing', 'error', 'vendor: mailcorp.example'],
        ['hipaa.baa-missing', 'error', 'vendor: mailcorp.example'],
        ['subprocessors.notice-period', 'error', 'vendor: mailcorp.example'],
        ['features.plan', 'error', 'plan: pro'],
        ['ai-training.unverified', 'warning', 'vendor: mailcorp.example'],
        ['residency.unverified', 'warning', 'vendor: mailcorp.example'],
        ['retention.unverified', 'warning', 'vendor: mailcorp.example'],
        ['vendor.unknown', 'warning', 'vendor: mailcorp.example'],
      ],
    },
    {
      name: 'health data without a signed BAA is hipaa.baa-missing',
      areas: ['hipaa.'],
      yaml: manifest(HEALTH, [['vendor: twilly.example']]),
      expected: [['hipaa.baa-missing', 'error', 'vendor: twilly.example']],
    },
    {
      name: 'with a signed BAA recorded, no hipaa finding',
      areas: ['hipaa.', 'claims.'],
      yaml: manifest(HEALTH, [['vendor: twilly.example', 'agreements: [baa]']]),
      expected: [],
    },
    {
      name: 'a signed DPA settles the DPA requirement',
      areas: ['agreements.'],
      yaml: manifest(DPA, [['vendor: twilly.example', 'agreements: [dpa]']]),
      expected: [],
    },
    {
      name: 'assurances settle what they record',
      areas: ['ai-training.', 'retention.', 'residency.'],
      yaml: manifest(
        ['data: [contact]', 'residency:', '  regions: [eu]', 'ai-training: forbidden', 'deletion-days: 30'],
        [
          [
            'vendor: twilly.example',
            'region: eu',
            'assurances:',
            '  - fact: ai-training',
            '    value: none',
            '    evidence: Letter 1',
            '  - fact: retention.deletion-after-termination-days',
            '    value: 30',
            '    evidence: Letter 2',
            '  - fact: hosting.regions',
            '    value: [eu]',
            '    evidence: Letter 3',
          ],
        ],
      ),
      expected: [],
    },
    {
      name: 'no personal data: only what applies without it',
      areas: [''],
      yaml: manifest(ALL, [['vendor: mailcorp.example', 'data: []']]),
      expected: [
        ['certifications.missing', 'error', 'vendor: mailcorp.example'],
        ['features.plan', 'error', 'vendor: mailcorp.example'],
        ['subprocessors.notice-period', 'error', 'vendor: mailcorp.example'],
        ['vendor.unknown', 'warning', 'vendor: mailcorp.example'],
      ],
    },
  ]);

  test.each([
    ['sentri', 'Did you mean sentry?', 'If you meant sentry, write vendor: sentry.'],
    ['mailcorp.example', 'every fact about it is unknown', 'Correct the vendor name if it is misspelt'],
  ])('vendor.unknown for %s names the nearest id and how to add a local rule', (name, says, fix) => {
    const [finding] = check(manifest(['data: [contact]'], [[`vendor: ${name}`]]), {
      catalogue: fixtureCatalogue({ sentry: SENTRY }),
    }).filter((f) => f.check === 'vendor.unknown');
    expect(finding?.message).toContain(says);
    expect(finding?.remediation).toContain(fix);
    expect(finding?.remediation).toContain('.github/vendor-rules/<id>.yml (`vendor-gate rules new <id>`');
  });

  test('the evidence says no rule describes the vendor, with no verified date', () => {
    const [finding] = check(manifest(HEALTH, [['vendor: twilly.example']]));
    expect(finding?.evidence).toEqual([
      {
        fact: 'baa.plans',
        value: null,
        status: 'absent',
        source: null,
        quote: null,
        verified: null,
        note: 'No rule describes twilly.example, so nothing is known about baa.plans.',
      },
    ]);
  });
});

const SENTRY = `
id: sentry
name: Sentry
domain: sentry.io
category: error-monitoring
verified: 2026-06-01
plans: [developer]
sources:
  docs: { url: https://sentry.example/docs, title: Docs }
facts:
  hosting.regions: { value: [us], status: confirmed, source: docs }
`;

describe('rules.stale says how to refresh the rule without editing the package', () => {
  const yaml = manifest(['data: [contact]'], [['vendor: vague']]);
  test('a bundled rule: upgrade, or override in the rules folder', () => {
    const [finding] = check(yaml).filter((f) => f.check === 'rules.stale');
    expect(finding?.remediation).toBe(
      "Upgrade Vendor Gate for a newer Vague rule, or override it: copy it to .github/vendor-rules/vague.yml in this repository (the rules folder), re-check its facts against Vague's current documents and update its verified date.",
    );
    expect(finding?.remediation).not.toContain('rules/vendors/');
  });
  test('a local rule: names the rule file', () => {
    const bundled = fixtureCatalogue();
    const vague = bundled.resolve('vague')!;
    const local = loadRule('.github/vendor-rules/vague.yml', VAGUE_LOCAL, 'local', TODAY);
    if (!local.ok) throw new Error('fixture');
    const catalogue = new Catalogue([...bundled.rules.filter((r) => r !== vague), local.value]);
    const [finding] = check(yaml, { catalogue }).filter((f) => f.check === 'rules.stale');
    expect(finding?.remediation).toBe(
      "Re-check .github/vendor-rules/vague.yml against Vague's current documents and update its verified date.",
    );
  });
});

const VAGUE_LOCAL = `
id: vague
name: Vague
domain: vague.example
category: other
verified: 2024-01-01
plans: [free]
sources:
  review: { url: https://reviews.example/vague, title: A review, kind: secondary }
facts:
  ai-training: { status: unclear, note: "Not addressed." }
`;

describe('waiver.expiring', () => {
  const waived = (expires: string) =>
    manifest(
      ['data: [contact]', 'residency:', '  regions: [eu]'],
      [
        [
          'vendor: usonly',
          'plan: free',
          'waivers:',
          '  - check: residency.outside-allowed',
          '    reason: Funder approved',
          `    expires: ${expires}`,
        ],
      ],
    );
  test.each([
    ['2026-11-26', 'expires on 2026-11-26, today (it holds through the day)'],
    ['2026-11-27', 'expires on 2026-11-27, tomorrow'],
    ['2026-12-26', 'expires on 2026-12-26, in 30 days'],
  ])('a waiver expiring %s says when', (expires, says) => {
    const [finding] = check(waived(expires)).filter((f) => f.check === 'waiver.expiring');
    expect(finding?.message).toBe(
      `The waiver for residency.outside-allowed on usonly ${says} ("Funder approved"); after that its finding fails the gate again.`,
    );
  });
  test('31 days ahead is not yet announced', () => {
    expect(check(waived('2026-12-27')).filter((f) => f.check === 'waiver.expiring')).toEqual([]);
  });
});

describe('SPEC §7.5: on-request regions and controllers', () => {
  const catalogue = fixtureCatalogue({
    askeu: `
id: askeu
name: Ask EU
domain: askeu.example
category: support
verified: 2026-06-01
plans: [team, enterprise]
sources:
  docs: { url: https://askeu.example/docs, title: Docs }
facts:
  role: { value: controller, status: confirmed, source: docs }
  hosting.regions: { value: [us], status: confirmed, source: docs }
  hosting.region-options: { value: [{ region: eu, plans: [enterprise], on-request: true }], status: confirmed, source: docs }
  dpa.plans: { value: none, status: confirmed, source: docs }
`,
  });
  const EU_DPA = ['data: [contact]', 'residency:', '  regions: [eu]', 'agreements: [dpa]'];
  test.each([
    {
      name: 'an on-request region selected without a recorded grant',
      services: ['vendor: askeu', 'plan: enterprise', 'region: eu'],
      expected: [['residency.region-plan', 'error', 'region: eu']],
    },
    {
      name: 'an on-request region with the grant recorded as an assurance',
      services: ['vendor: askeu', 'plan: enterprise', 'region: eu', ...assurance('hosting.regions', '[eu]')],
      expected: [],
    },
    {
      name: 'the on-request region on a plan that has no such option is a contradicted claim',
      services: ['vendor: askeu', 'plan: team', 'region: eu'],
      expected: [['claims.contradicted', 'error', 'region: eu']],
    },
  ])('$name (a controller is asked for no DPA)', ({ services, expected }) => {
    const yaml = manifest(EU_DPA, [services]);
    const findings = check(yaml, { catalogue }).filter((f) =>
      /^(claims|residency|agreements)\./.test(f.check),
    );
    expect(findings.map(brief)).toEqual(
      expected.map(([id, sev, text]) => `${id} ${sev} ${positionOf(yaml, text!)}`),
    );
  });

  test('the on-request finding says so', () => {
    const yaml = manifest(EU_DPA, [['vendor: askeu', 'plan: enterprise', 'region: eu']]);
    const [finding] = check(yaml, { catalogue }).filter((f) => f.check === 'residency.region-plan');
    expect(finding?.message).toContain('Ask EU offers the EU/EEA on the enterprise plan only on request');
    expect(finding?.remediation).toContain(
      'record the grant as an assurance (fact: hosting.regions, value: [eu])',
    );
  });
});
