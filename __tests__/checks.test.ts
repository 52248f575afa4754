import { describe, expect, test } from '@jest/globals';
import { brief, check, fixtureCatalogue } from './helpers/catalogue.js';
import { manifest, positionOf } from './helpers/yaml.js';

/**
 * One row per behaviour: a manifest, the check-id prefix under test, and the exact findings
 * (check, severity, line:column) it must produce. `[]` rows are the passing cases.
 */
interface Row {
  name: string;
  yaml: string;
  area: string;
  /** Each entry: [check, severity, text whose position the finding points at]. */
  expected: [string, string, string][];
}

const EU_FORBIDDEN = ['data: [contact]', 'residency:', '  regions: [eu]', '  transfers: forbidden'];
const EU_SAFEGUARDED = ['data: [contact]', 'residency:', '  regions: [eu]', '  transfers: safeguarded'];

const rows: Row[] = [
  // residency
  {
    name: 'US-only vendor with EU-only, transfers forbidden',
    area: 'residency.',
    yaml: manifest(EU_FORBIDDEN, [['vendor: usonly', 'plan: free']]),
    expected: [['residency.outside-allowed', 'error', 'vendor: usonly']],
  },
  {
    name: 'Clerk with EU-only, transfers forbidden',
    area: 'residency.',
    yaml: manifest(EU_FORBIDDEN, [['vendor: clerk', 'plan: enterprise']]),
    expected: [['residency.outside-allowed', 'error', 'vendor: clerk']],
  },
  {
    name: 'EU region offered on the plan but not selected',
    area: 'residency.',
    yaml: manifest(EU_FORBIDDEN, [['vendor: euoption', 'plan: free']]),
    expected: [['residency.region-not-selected', 'error', 'vendor: euoption']],
  },
  {
    name: 'EU region offered but the service chose us',
    area: 'residency.',
    yaml: manifest(EU_FORBIDDEN, [['vendor: euoption', 'plan: free', 'region: us']]),
    expected: [['residency.region-not-selected', 'error', 'region: us']],
  },
  {
    name: 'EU region selected, vendor may process anywhere',
    area: 'residency.',
    yaml: manifest(EU_FORBIDDEN, [['vendor: euoption', 'plan: free', 'region: eu']]),
    expected: [['residency.processing-anywhere', 'warning', 'vendor: euoption']],
  },
  {
    name: 'EU region selected, assurance that processing stays put',
    area: 'residency.',
    yaml: manifest(EU_FORBIDDEN, [
      [
        'vendor: euoption',
        'plan: free',
        'region: eu',
        'assurances:',
        '  - fact: hosting.processing-anywhere',
        '    value: false',
        '    evidence: Addendum 3',
      ],
    ]),
    expected: [],
  },
  {
    name: 'EU region only on a higher plan',
    area: 'residency.',
    yaml: manifest(EU_FORBIDDEN, [['vendor: planeu', 'plan: free']]),
    expected: [['residency.region-plan', 'error', 'vendor: planeu']],
  },
  {
    // The claimed region is ruled out on the plan: claims.contradicted replaces residency.region-plan.
    name: 'UK region offered only on business',
    area: 'claims.',
    yaml: manifest(
      ['data: [contact]', 'residency:', '  regions: [uk]'],
      [['vendor: euoption', 'plan: free', 'region: uk']],
    ),
    expected: [['claims.contradicted', 'error', 'region: uk']],
  },
  {
    name: 'EU region on the right plan and selected',
    area: 'residency.',
    yaml: manifest(EU_FORBIDDEN, [['vendor: planeu', 'plan: enterprise', 'region: eu']]),
    expected: [],
  },
  {
    name: 'hosting facts unclear',
    area: 'residency.',
    yaml: manifest(EU_FORBIDDEN, [['vendor: vague']]),
    expected: [['residency.unverified', 'warning', 'vendor: vague']],
  },
  {
    name: 'service sends no personal data',
    area: 'residency.',
    yaml: manifest(EU_FORBIDDEN, [['vendor: usonly', 'plan: free', 'data: []']]),
    expected: [],
  },
  {
    name: 'no residency requirement',
    area: 'residency.',
    yaml: manifest(['data: [contact]'], [['vendor: usonly', 'plan: free']]),
    expected: [],
  },
  {
    name: 'US allowed, Clerk may process anywhere',
    area: 'residency.',
    yaml: manifest(['data: [contact]', 'residency:', '  regions: [us]'], [['vendor: clerk', 'plan: free']]),
    expected: [['residency.processing-anywhere', 'warning', 'vendor: clerk']],
  },
  {
    name: 'safeguarded EU transfer under SCCs',
    area: 'residency.',
    yaml: manifest(EU_SAFEGUARDED, [['vendor: usonly', 'plan: free']]),
    expected: [['residency.transfer-safeguarded', 'notice', 'vendor: usonly']],
  },
  {
    name: 'safeguarded Clerk transfer under DPF and SCCs',
    area: 'residency.',
    yaml: manifest(EU_SAFEGUARDED, [['vendor: clerk', 'plan: free']]),
    expected: [['residency.transfer-safeguarded', 'notice', 'vendor: clerk']],
  },
  {
    name: 'safeguarded UK transfer with SCCs only',
    area: 'residency.',
    yaml: manifest(
      ['data: [contact]', 'residency:', '  regions: [uk]', '  transfers: safeguarded'],
      [['vendor: usonly', 'plan: free']],
    ),
    expected: [['residency.unsafeguarded-transfer', 'error', 'vendor: usonly']],
  },
  {
    name: 'safeguarded, no mechanism, EU region available',
    area: 'residency.',
    yaml: manifest(EU_SAFEGUARDED, [['vendor: euoption', 'plan: free']]),
    expected: [['residency.region-not-selected', 'error', 'vendor: euoption']],
  },
  {
    name: 'safeguarded, mechanism covers the plan-gated vendor',
    area: 'residency.',
    yaml: manifest(EU_SAFEGUARDED, [['vendor: planeu', 'plan: free']]),
    expected: [['residency.transfer-safeguarded', 'notice', 'vendor: planeu']],
  },
  {
    name: 'safeguarded, hosting unclear',
    area: 'residency.',
    yaml: manifest(EU_SAFEGUARDED, [['vendor: vague']]),
    expected: [['residency.unverified', 'warning', 'vendor: vague']],
  },
  {
    name: 'waiver covers the residency finding',
    area: 'residency.',
    yaml: manifest(EU_FORBIDDEN, [
      [
        'vendor: usonly',
        'plan: free',
        'waivers:',
        '  - check: residency.outside-allowed',
        '    reason: Funder approved',
        '    expires: 2027-06-30',
      ],
    ]),
    expected: [['residency.outside-allowed', 'error waived', 'vendor: usonly']],
  },

  // agreements
  {
    name: 'DPA offered, not signed',
    area: 'agreements.',
    yaml: manifest(['data: [contact]', 'agreements: [dpa]'], [['vendor: usonly', 'plan: free']]),
    expected: [['agreements.dpa-missing', 'error', 'vendor: usonly']],
  },
  {
    name: 'DPA signed',
    area: 'agreements.',
    yaml: manifest(
      ['data: [contact]', 'agreements: [dpa]'],
      [['vendor: usonly', 'plan: free', 'agreements: [dpa]']],
    ),
    expected: [],
  },
  {
    name: 'DPA only on business',
    area: 'agreements.',
    yaml: manifest(['data: [contact]', 'agreements: [dpa]'], [['vendor: euoption', 'plan: free']]),
    expected: [['agreements.dpa-unavailable', 'error', 'vendor: euoption']],
  },
  {
    name: 'no DPA at all',
    area: 'agreements.',
    yaml: manifest(['data: [contact]', 'agreements: [dpa]'], [['vendor: planeu', 'plan: free']]),
    expected: [['agreements.dpa-unavailable', 'error', 'vendor: planeu']],
  },
  {
    name: 'DPA availability unknown and not signed',
    area: 'agreements.',
    yaml: manifest(['data: [contact]', 'agreements: [dpa]'], [['vendor: vague']]),
    expected: [['agreements.dpa-missing', 'error', 'vendor: vague']],
  },
  {
    name: 'DPA not needed for a service with no personal data',
    area: 'agreements.',
    yaml: manifest(['data: [contact]', 'agreements: [dpa]'], [['vendor: usonly', 'plan: free', 'data: []']]),
    expected: [],
  },

  // hipaa
  {
    name: 'health data, vendor offers no BAA',
    area: 'hipaa.',
    yaml: manifest(['data: [health]'], [['vendor: usonly', 'plan: free']]),
    expected: [['hipaa.baa-unavailable', 'error', 'vendor: usonly']],
  },
  {
    name: 'health data on Clerk free: BAA needs Enterprise',
    area: 'hipaa.',
    yaml: manifest(['data: [contact, health]'], [['vendor: clerk', 'plan: free']]),
    expected: [['hipaa.baa-plan', 'error', 'vendor: clerk']],
  },
  {
    name: 'health data on Clerk Enterprise without a signed BAA',
    area: 'hipaa.',
    yaml: manifest(['data: [health]'], [['vendor: clerk', 'plan: enterprise']]),
    expected: [['hipaa.baa-missing', 'error', 'vendor: clerk']],
  },
  {
    name: 'health data on Clerk Enterprise with a signed BAA',
    area: 'hipaa.',
    yaml: manifest(['data: [health]'], [['vendor: clerk', 'plan: enterprise', 'agreements: [baa]']]),
    expected: [],
  },
  {
    name: 'health data, BAA availability unknown',
    area: 'hipaa.',
    yaml: manifest(['data: [health]'], [['vendor: vague']]),
    expected: [['hipaa.baa-missing', 'error', 'vendor: vague']],
  },
  {
    name: 'the service is not sent the health data',
    area: 'hipaa.',
    yaml: manifest(['data: [contact, health]'], [['vendor: usonly', 'plan: free', 'data: [contact]']]),
    expected: [],
  },
  {
    name: 'a BAA required of every processor',
    area: 'hipaa.',
    yaml: manifest(['data: [contact]', 'agreements: [baa]'], [['vendor: planeu', 'plan: free']]),
    expected: [['hipaa.baa-missing', 'error', 'vendor: planeu']],
  },

  // ai-training
  {
    name: 'vendor trains unless opted out',
    area: 'ai-training.',
    yaml: manifest(['data: [content]', 'ai-training: forbidden'], [['vendor: usonly', 'plan: free']]),
    expected: [['ai-training.opt-out-required', 'error', 'vendor: usonly']],
  },
  {
    name: 'opted out',
    area: 'ai-training.',
    yaml: manifest(
      ['data: [content]', 'ai-training: forbidden'],
      [['vendor: usonly', 'plan: free', 'opted-out: [ai-training]']],
    ),
    expected: [],
  },
  {
    name: 'vendor trains',
    area: 'ai-training.',
    yaml: manifest(['data: [content]', 'ai-training: forbidden'], [['vendor: euoption', 'plan: free']]),
    expected: [['ai-training.vendor-trains', 'error', 'vendor: euoption']],
  },
  {
    name: 'vendor commits not to train',
    area: 'ai-training.',
    yaml: manifest(['data: [content]', 'ai-training: forbidden'], [['vendor: planeu', 'plan: free']]),
    expected: [],
  },
  {
    name: "Clerk's documents are silent",
    area: 'ai-training.',
    yaml: manifest(['data: [contact]', 'ai-training: forbidden'], [['vendor: clerk', 'plan: free']]),
    expected: [['ai-training.unverified', 'warning', 'vendor: clerk']],
  },
  {
    name: 'assurance fills the gap',
    area: 'ai-training.',
    yaml: manifest(
      ['data: [contact]', 'ai-training: forbidden'],
      [
        [
          'vendor: clerk',
          'plan: free',
          'assurances:',
          '  - fact: ai-training',
          '    value: none',
          '    evidence: Letter from counsel',
        ],
      ],
    ),
    expected: [],
  },
  {
    name: 'AI training allowed',
    area: 'ai-training.',
    yaml: manifest(['data: [content]', 'ai-training: allowed'], [['vendor: euoption', 'plan: free']]),
    expected: [],
  },

  // retention
  {
    name: 'deletion window longer than required',
    area: 'retention.',
    yaml: manifest(['data: [contact]', 'deletion-days: 30'], [['vendor: clerk', 'plan: free']]),
    expected: [['retention.deletion-window', 'error', 'vendor: clerk']],
  },
  {
    name: 'deletion window equal to required',
    area: 'retention.',
    yaml: manifest(['data: [contact]', 'deletion-days: 30'], [['vendor: usonly', 'plan: free']]),
    expected: [],
  },
  {
    name: 'deletion window unknown',
    area: 'retention.',
    yaml: manifest(['data: [contact]', 'deletion-days: 30'], [['vendor: vague']]),
    expected: [['retention.unverified', 'warning', 'vendor: vague']],
  },

  // certifications
  {
    name: 'certification held',
    area: 'certifications.',
    yaml: manifest(['data: [contact]', 'certifications: [soc2-type2]'], [['vendor: clerk', 'plan: free']]),
    expected: [],
  },
  {
    name: 'certification not shown',
    area: 'certifications.',
    yaml: manifest(['data: [contact]', 'certifications: [soc2-type2]'], [['vendor: usonly', 'plan: free']]),
    expected: [['certifications.missing', 'error', 'vendor: usonly']],
  },
  {
    name: 'certifications unknown',
    area: 'certifications.',
    yaml: manifest(['data: [contact]', 'certifications: [iso27001]'], [['vendor: vague']]),
    expected: [['certifications.missing', 'error', 'vendor: vague']],
  },
  {
    name: 'certifications apply even without personal data',
    area: 'certifications.',
    yaml: manifest(
      ['data: [contact]', 'certifications: [iso27001]'],
      [['vendor: clerk', 'plan: free', 'data: []']],
    ),
    expected: [['certifications.missing', 'error', 'vendor: clerk']],
  },

  // subprocessors
  {
    name: "Clerk's 15-day notice is shorter than 30",
    area: 'subprocessors.',
    yaml: manifest(['data: [contact]', 'subprocessor-notice-days: 30'], [['vendor: clerk', 'plan: free']]),
    expected: [['subprocessors.notice-period', 'error', 'vendor: clerk']],
  },
  {
    name: 'notice long enough',
    area: 'subprocessors.',
    yaml: manifest(['data: [contact]', 'subprocessor-notice-days: 30'], [['vendor: usonly', 'plan: free']]),
    expected: [],
  },
  {
    name: 'notice unknown',
    area: 'subprocessors.',
    yaml: manifest(['data: [contact]', 'subprocessor-notice-days: 30'], [['vendor: vague']]),
    expected: [['subprocessors.notice-period', 'error', 'vendor: vague']],
  },
  {
    name: 'subprocessor outside the allowed regions',
    area: 'subprocessors.',
    yaml: manifest(['data: [contact]', 'residency:', '  regions: [eu]'], [['vendor: usonly', 'plan: free']]),
    expected: [['subprocessors.outside-allowed', 'warning', 'vendor: usonly']],
  },
  {
    name: 'subprocessors with safeguarded transfers',
    area: 'subprocessors.',
    yaml: manifest(EU_SAFEGUARDED, [['vendor: usonly', 'plan: free']]),
    expected: [],
  },

  // features
  {
    name: 'SSO only on business',
    area: 'features.',
    yaml: manifest(['data: [contact]', 'features: [sso]'], [['vendor: usonly', 'plan: free']]),
    expected: [['features.plan', 'error', 'plan: free']],
  },
  {
    name: 'SSO on business',
    area: 'features.',
    yaml: manifest(
      ['data: [contact]', 'features: [sso, audit-logs]'],
      [['vendor: usonly', 'plan: business']],
    ),
    expected: [],
  },
  {
    name: 'feature the rule does not mention',
    area: 'features.',
    yaml: manifest(['data: [contact]', 'features: [data-export]'], [['vendor: usonly', 'plan: business']]),
    expected: [['features.plan', 'error', 'plan: business']],
  },
  {
    name: "Clerk's audit logs need Enterprise",
    area: 'features.',
    yaml: manifest(['data: [contact]', 'features: [audit-logs]'], [['vendor: clerk', 'plan: pro']]),
    expected: [['features.plan', 'error', 'plan: pro']],
  },

  // rules
  {
    name: 'rule verified long ago',
    area: 'rules.',
    yaml: manifest(['data: [contact]'], [['vendor: vague']]),
    expected: [['rules.stale', 'warning', 'vendor: vague']],
  },
  {
    name: 'rule age within a custom limit',
    area: 'rules.',
    yaml: manifest(['data: [contact]', 'max-rule-age-days: 2000'], [['vendor: vague']]),
    expected: [],
  },
  {
    name: 'recent rule',
    area: 'rules.',
    yaml: manifest(['data: [contact]'], [['vendor: clerk', 'plan: free']]),
    expected: [],
  },

  // vendor
  {
    name: 'vendor with no rule',
    area: 'vendor.',
    yaml: manifest(['data: [contact]'], [['vendor: mailcorp.example']]),
    expected: [['vendor.unknown', 'warning', 'vendor: mailcorp.example']],
  },
  {
    name: 'unknown vendors are errors when required',
    area: 'vendor.',
    yaml: manifest(['data: [contact]', 'unknown-vendors: error'], [['vendor: mailcorp.example']]),
    expected: [['vendor.unknown', 'error', 'vendor: mailcorp.example']],
  },
  {
    name: 'clerk.io is not Clerk',
    area: 'vendor.',
    yaml: manifest(['data: [contact]'], [['vendor: clerk.io']]),
    expected: [['vendor.confusable', 'error', 'vendor: clerk.io']],
  },
  {
    name: 'vendor named by domain',
    area: 'vendor.',
    yaml: manifest(['data: [contact]'], [['vendor: clerk.com', 'plan: free']]),
    expected: [],
  },

  // waivers
  {
    name: 'expired waiver',
    area: 'waiver.',
    yaml: manifest(EU_FORBIDDEN, [
      [
        'vendor: usonly',
        'plan: free',
        'waivers:',
        '  - check: residency.outside-allowed',
        '    reason: Funder approved',
        '    expires: 2026-01-31',
      ],
    ]),
    expected: [['waiver.expired', 'error', 'expires: 2026-01-31']],
  },
  {
    name: 'waiver that matches nothing',
    area: 'waiver.',
    yaml: manifest(
      ['data: [contact]'],
      [
        [
          'vendor: usonly',
          'plan: free',
          'waivers:',
          '  - check: retention.deletion-window',
          '    reason: Old exception',
          '    expires: 2027-01-31',
        ],
      ],
    ),
    expected: [['waiver.unused', 'notice', 'check: retention.deletion-window']],
  },
  {
    name: 'waiver that expires within 30 days',
    area: 'waiver.',
    yaml: manifest(EU_FORBIDDEN, [
      [
        'vendor: usonly',
        'plan: free',
        'waivers:',
        '  - check: residency.outside-allowed',
        '    reason: Funder approved',
        '    expires: 2026-12-20',
      ],
    ]),
    expected: [['waiver.expiring', 'notice', 'expires: 2026-12-20']],
  },
  {
    name: 'waiver that holds through its expiry day',
    area: 'waiver.',
    yaml: manifest(EU_FORBIDDEN, [
      [
        'vendor: usonly',
        'plan: free',
        'waivers:',
        '  - check: residency.outside-allowed',
        '    reason: Funder approved',
        '    expires: 2026-11-26',
      ],
    ]),
    expected: [['waiver.expiring', 'notice', 'expires: 2026-11-26']],
  },
];

describe('checks', () => {
  test.each(rows)('$name', ({ yaml, area, expected }) => {
    const findings = check(yaml).filter((f) => f.check.startsWith(area));
    expect(findings.map(brief)).toEqual(
      expected.map(
        ([id, severity, text]) =>
          `${id} ${severity.replace(' waived', '')} ${positionOf(yaml, text)}${severity.endsWith('waived') ? ' waived' : ''}`,
      ),
    );
  });
});

describe('what a finding carries', () => {
  test("a residency finding cites Clerk's DPA with its quote and verified date", () => {
    const [finding] = check(manifest(EU_FORBIDDEN, [['vendor: clerk', 'plan: free']])).filter(
      (f) => f.check === 'residency.outside-allowed',
    );
    expect(finding?.message).toContain("Clerk stores this service's data in the US, outside the EU/EEA");
    expect(finding?.evidence[0]).toEqual({
      fact: 'hosting.regions',
      value: ['us'],
      status: 'confirmed',
      source: 'https://clerk.com/legal/dpa',
      quote: 'Clerk hosts Personal Data primarily in Google Cloud data centers and Cloudflare',
      verified: '2026-06-07',
      note: expect.any(String),
    });
    // The location spans `vendor: clerk` on one line.
    expect(finding?.location).toEqual({
      file: '.github/vendor-gate.yml',
      line: 8,
      column: 5,
      endLine: 8,
      endColumn: 18,
    });
  });

  test('an assurance is shown as evidence in place of the unknown fact', () => {
    const yaml = manifest(
      ['data: [contact]', 'deletion-days: 10'],
      [
        [
          'vendor: clerk',
          'plan: free',
          'assurances:',
          '  - fact: retention.deletion-after-termination-days',
          '    value: 60',
          '    evidence: Order form clause 9',
        ],
      ],
    );
    const [finding] = check(yaml);
    expect(finding?.check).toBe('retention.deletion-window');
    expect(finding?.message).toContain('up to 60 days');
    expect(finding?.evidence).toEqual([
      {
        fact: 'retention.deletion-after-termination-days',
        value: 60,
        status: 'assurance',
        source: null,
        quote: 'Order form clause 9',
        verified: null,
      },
    ]);
  });

  test('an expired waiver leaves the finding it covered unwaived', () => {
    const yaml = manifest(EU_FORBIDDEN, [
      [
        'vendor: usonly',
        'plan: free',
        'waivers:',
        '  - check: residency.outside-allowed',
        '    reason: Funder approved',
        '    expires: 2026-01-31',
      ],
    ]);
    const residency = check(yaml).find((f) => f.check === 'residency.outside-allowed');
    expect(residency?.waived).toBeNull();
  });

  test('a live waiver records its reason and expiry on the finding', () => {
    const yaml = manifest(EU_FORBIDDEN, [
      [
        'vendor: usonly',
        'plan: free',
        'waivers:',
        '  - check: residency.outside-allowed',
        '    reason: Funder approved',
        '    expires: 2027-06-30',
      ],
    ]);
    expect(check(yaml).find((f) => f.check === 'residency.outside-allowed')?.waived).toEqual({
      reason: 'Funder approved',
      expires: '2027-06-30',
    });
  });

  test('the same vendor twice: each finding names its own service', () => {
    const yaml = manifest(
      ['data: [health]'],
      [
        ['vendor: clerk', 'plan: free'],
        ['vendor: clerk', 'plan: enterprise', 'agreements: [baa]'],
      ],
    );
    const hipaa = check(yaml).filter((f) => f.check.startsWith('hipaa.'));
    expect(hipaa.map((f) => [f.check, f.service])).toEqual([['hipaa.baa-plan', 0]]);
  });
});

describe('remediations name catalogued alternatives', () => {
  const EU_MAIL = `
id: eumail
name: EU Mail
domain: eumail.example
category: email
verified: 2026-06-01
plans: [basic, pro]
sources:
  docs: { url: https://eumail.example/docs, title: Docs }
facts:
  hosting.regions: { value: [us], status: confirmed, source: docs }
  hosting.region-options: { value: [{ region: eu, plans: [pro] }], status: confirmed, source: docs }
  baa.plans: { value: [pro], status: confirmed, source: docs }
`;

  test('an EU-only requirement lists same-category vendors with an EU region, and their plans', () => {
    const catalogue = fixtureCatalogue({ eumail: EU_MAIL });
    const [finding] = check(manifest(EU_FORBIDDEN, [['vendor: usonly', 'plan: free']]), { catalogue }).filter(
      (f) => f.check === 'residency.outside-allowed',
    );
    expect(finding?.remediation).toContain(
      'Catalogued email vendors that can store data in the EU/EEA: EU Mail (eu on pro plan).',
    );
  });

  test('a missing BAA lists same-category vendors that offer one', () => {
    const catalogue = fixtureCatalogue({ eumail: EU_MAIL });
    const [finding] = check(manifest(['data: [health]'], [['vendor: usonly', 'plan: free']]), { catalogue });
    expect(finding?.remediation).toContain('Catalogued email vendors that offer a BAA: EU Mail (pro plan).');
  });

  test('no alternative is invented when none is catalogued', () => {
    const [finding] = check(manifest(EU_FORBIDDEN, [['vendor: usonly', 'plan: free']])).filter(
      (f) => f.check === 'residency.outside-allowed',
    );
    expect(finding?.remediation).not.toContain('Catalogued');
  });
});

describe('severity overrides', () => {
  const base = (checks: string[]) =>
    manifest(EU_FORBIDDEN, [['vendor: usonly', 'plan: free']], ['checks:', ...checks.map((c) => `  ${c}`)]);

  test('a check can be downgraded', () => {
    const findings = check(base(['residency.outside-allowed: notice']));
    expect(findings.find((f) => f.check === 'residency.outside-allowed')?.severity).toBe('notice');
  });

  test('a check can be turned off', () => {
    const findings = check(base(['residency.outside-allowed: off', 'subprocessors.outside-allowed: off']));
    expect(findings.map((f) => f.check)).toEqual([]);
  });
});
