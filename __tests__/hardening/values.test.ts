/**
 * Well-formed YAML with bad values: unknown vocabulary, wrong types, impossible dates, incomplete
 * waivers, plans a vendor does not have. Each is a located config error naming what is allowed; and
 * the legitimate oddities (a local rule replacing a bundled one, the same vendor twice) are reported,
 * never silent.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import {
  cleanSandboxes,
  evaluateManifest,
  expectConfigError,
  expectReport,
  exitStatus,
  timed,
} from './helpers.js';

afterAll(cleanSandboxes);

/** A manifest with one Clerk service; `requirements` and `service` are extra YAML lines. */
function manifest(requirements: string[] = [], service: string[] = [], top: string[] = []): string {
  return [
    'version: 1',
    ...top,
    'requirements:',
    '  data: [contact]',
    ...requirements.map((l) => `  ${l}`),
    'services:',
    '  - vendor: clerk',
    ...(service.some((l) => l.startsWith('plan:')) ? [] : ['    plan: free']),
    ...service.map((l) => `    ${l}`),
    '',
  ].join('\n');
}

const lineOf = (yaml: string, needle: string) => yaml.split('\n').findIndex((l) => l.includes(needle)) + 1;

interface Row {
  name: string;
  yaml: string;
  /** Text on the line the error must point at. */
  at: string;
  says: (string | RegExp)[];
}

function expectRow(errors: { message: string; location: { line: number } }[], row: Row): void {
  const line = lineOf(row.yaml, row.at);
  const here = errors.filter((e) => e.location.line === line);
  expect(here.length).toBeGreaterThan(0);
  const text = here.map((e) => e.message).join('\n');
  for (const words of row.says) {
    if (typeof words === 'string') expect(text).toContain(words);
    else expect(text).toMatch(words);
  }
}

describe('unknown vocabulary: each error names the allowed values', () => {
  const rows: Row[] = [
    {
      name: 'region',
      yaml: manifest(['residency:', '  regions: [eu, mars]']),
      at: 'mars',
      says: ["'mars'", 'Allowed: eu, uk, ch'],
    },
    {
      name: 'data category',
      yaml: manifest([], ['data: [contact, dna]']),
      at: 'dna',
      says: ["'dna'", 'Allowed: contact'],
    },
    {
      name: 'agreement',
      yaml: manifest(['agreements: [nda]']),
      at: 'nda',
      says: ["'nda'", 'Allowed: dpa, baa'],
    },
    {
      name: 'certification',
      yaml: manifest(['certifications: [iso9001]']),
      at: 'iso9001',
      says: ["'iso9001'", 'iso27001'],
    },
    { name: 'feature', yaml: manifest(['features: [sso, sla2]']), at: 'sla2', says: ["Did you mean 'sla'?"] },
    {
      name: 'transfers',
      yaml: manifest(['residency:', '  regions: [eu]', '  transfers: allowed']),
      at: 'transfers',
      says: ['forbidden, safeguarded'],
    },
    {
      name: 'ai-training',
      yaml: manifest(['ai-training: banned']),
      at: 'ai-training',
      says: ['forbidden, allowed'],
    },
    {
      name: 'unknown-vendors',
      yaml: manifest(['unknown-vendors: ignore']),
      at: 'unknown-vendors',
      says: ['error, warning'],
    },
    {
      name: 'check severity',
      yaml: manifest([], [], ['checks:', '  rules.stale: fatal']),
      at: 'fatal',
      says: ['error, warning, notice, off'],
    },
    {
      name: 'check id',
      yaml: manifest([], [], ['checks:', '  rules.stael: off']),
      at: 'rules.stael',
      says: ["Did you mean 'rules.stale'?"],
    },
    {
      name: 'service region',
      yaml: manifest([], ['region: mars']),
      at: 'region: mars',
      says: ['Allowed: eu'],
    },
    {
      name: 'opted-out setting',
      yaml: manifest([], ['opted-out: [analytics]']),
      at: 'analytics',
      says: ['ai-training'],
    },
    {
      name: 'assurance fact',
      yaml: manifest(
        [],
        ['assurances:', '  - fact: hosting.region', '    value: [eu]', '    evidence: letter'],
      ),
      at: 'hosting.region',
      says: ["Did you mean 'hosting.regions'?"],
    },
    {
      name: 'unknown key in a service',
      yaml: manifest([], ['plna: free']),
      at: 'plna',
      says: ["unknown key 'plna'"],
    },
  ];
  test.each(rows)('$name', async (row) => {
    expectRow(expectConfigError((await timed(() => evaluateManifest(row.yaml))).outcome), row);
  });
});

describe('wrong types', () => {
  const rows: Row[] = [
    {
      name: 'version as a string',
      yaml: manifest().replace('version: 1', 'version: "1"'),
      at: 'version',
      says: ['Allowed: 1'],
    },
    {
      name: 'version 2',
      yaml: manifest().replace('version: 1', 'version: 2'),
      at: 'version',
      says: ['Allowed: 1'],
    },
    {
      name: 'requirements as a list',
      yaml: 'version: 1\nrequirements: [contact]\nservices: []\n',
      at: 'requirements',
      says: ['must be a mapping'],
    },
    {
      name: 'services as a mapping',
      yaml: 'version: 1\nrequirements:\n  data: []\nservices: {vendor: clerk}\n',
      at: 'services',
      says: ['must be a list'],
    },
    {
      name: 'data as a string',
      yaml: manifest().replace('data: [contact]', 'data: contact'),
      at: 'data: contact',
      says: ['must be a list'],
    },
    {
      name: 'data as null',
      yaml: manifest().replace('data: [contact]', 'data:'),
      at: 'data:',
      says: ['must be a list, not empty'],
    },
    {
      name: 'vendor as a number',
      yaml: 'version: 1\nrequirements:\n  data: []\nservices:\n  - vendor: 42\n',
      at: 'vendor',
      says: ['must be a string'],
    },
    {
      name: 'vendor empty',
      yaml: 'version: 1\nrequirements:\n  data: []\nservices:\n  - vendor: ""\n',
      at: 'vendor',
      says: [/.+/],
    },
    { name: 'plan as a number', yaml: manifest([], ['plan: 3']), at: 'plan', says: ['must be a string'] },
    {
      name: 'deletion-days as a string',
      yaml: manifest(['deletion-days: "30"']),
      at: 'deletion-days',
      says: ['whole number'],
    },
    {
      name: 'deletion-days negative',
      yaml: manifest(['deletion-days: -1']),
      at: 'deletion-days',
      says: [/>= 0|minimum|0/],
    },
    {
      name: 'deletion-days fractional',
      yaml: manifest(['deletion-days: 1.5']),
      at: 'deletion-days',
      says: ['whole number'],
    },
    {
      name: 'deletion-days infinite',
      yaml: manifest(['deletion-days: .inf']),
      at: 'deletion-days',
      says: ['requirements.deletion-days must be at most 36500'],
    },
    {
      name: 'deletion-days NaN',
      yaml: manifest(['deletion-days: .nan']),
      at: 'deletion-days',
      says: ['whole number'],
    },
    {
      name: 'max-rule-age-days zero',
      yaml: manifest(['max-rule-age-days: 0']),
      at: 'max-rule-age-days',
      says: [/1/],
    },
    {
      name: 'waivers as a mapping',
      yaml: manifest([], ['waivers: {check: rules.stale}']),
      at: 'waivers',
      says: ['must be a list'],
    },
    {
      name: 'a service that is a string',
      yaml: 'version: 1\nrequirements:\n  data: []\nservices:\n  - clerk\n',
      at: '- clerk',
      says: ['must be a mapping'],
    },
    {
      name: 'a boolean where a region goes',
      yaml: manifest(['residency:', '  regions: [yes]']),
      at: 'regions',
      says: [/'yes'|"yes"|yes/],
    },
  ];
  test.each(rows)('$name', async (row) => {
    expectRow(expectConfigError((await timed(() => evaluateManifest(row.yaml))).outcome), row);
  });
});

describe('dates and waivers', () => {
  const waiver = (lines: string[]) =>
    manifest([], ['waivers:', ...lines.map((l, i) => `${i === 0 ? '  - ' : '    '}${l}`)]);
  const rows: Row[] = [
    ...['2026-02-30', '2026-13-01', '2025-02-29', '2026-00-10', '2026-04-31'].map((date): Row => ({
      name: `impossible date ${date}`,
      yaml: waiver(['check: rules.stale', 'reason: approved', `expires: ${date}`]),
      at: date,
      says: [`'${date}' is not a real date`],
    })),
    {
      name: 'a date in another format',
      yaml: waiver(['check: rules.stale', 'reason: approved', 'expires: 30/06/2027']),
      at: 'expires',
      says: ['expires'],
    },
    {
      name: 'a date-time',
      yaml: waiver(['check: rules.stale', 'reason: approved', 'expires: 2027-06-30T00:00:00Z']),
      at: 'expires',
      says: ['expires'],
    },
    {
      name: 'a waiver without a reason',
      yaml: waiver(['check: rules.stale', 'expires: 2027-06-30']),
      at: 'check: rules.stale',
      says: ["missing the required key 'reason'"],
    },
    {
      name: 'a waiver with an empty reason',
      yaml: waiver(['check: rules.stale', 'reason: ""', 'expires: 2027-06-30']),
      at: 'reason',
      says: [/reason/],
    },
    {
      name: 'a waiver without an expiry',
      yaml: waiver(['check: rules.stale', 'reason: approved']),
      at: 'check: rules.stale',
      says: ["missing the required key 'expires'"],
    },
    {
      name: 'a waiver for an unknown check',
      yaml: waiver(['check: residency.everything', 'reason: approved', 'expires: 2027-06-30']),
      at: 'residency.everything',
      says: ['is not a check id'],
    },
    {
      name: 'a waiver for a misspelt check',
      yaml: waiver(['check: residency.outside-alowed', 'reason: approved', 'expires: 2027-06-30']),
      at: 'alowed',
      says: ["Did you mean 'residency.outside-allowed'?"],
    },
    {
      name: 'a waiver for a wildcard',
      yaml: waiver(['check: "*"', 'reason: approved', 'expires: 2027-06-30']),
      at: 'check',
      says: ['is not a check id'],
    },
  ];
  test.each(rows)('$name', async (row) => {
    expectRow(expectConfigError((await timed(() => evaluateManifest(row.yaml))).outcome), row);
  });

  test('29 February in a leap year is a real date', async () => {
    const yaml = waiver(['check: rules.stale', 'reason: approved', 'expires: 2028-02-29']);
    expectReport((await timed(() => evaluateManifest(yaml))).outcome);
  });

  test('an expired waiver reports its finding again (the gate does not pass quietly)', async () => {
    const yaml = [
      'version: 1',
      'requirements:',
      '  data: [contact]',
      '  residency: {regions: [eu]}',
      'services:',
      '  - vendor: clerk',
      '    plan: free',
      '    waivers:',
      '      - check: residency.outside-allowed',
      '        reason: approved',
      '        expires: 2026-01-01',
      '',
    ].join('\n');
    const { outcome } = await timed(() => evaluateManifest(yaml));
    const report = expectReport(outcome);
    expect(report.result).toBe('fail');
    expect(exitStatus(outcome as never)).toBe(1);
    const checks = report.findings.filter((f) => f.waived === null).map((f) => f.check);
    expect(checks).toEqual(expect.arrayContaining(['residency.outside-allowed', 'waiver.expired']));
  });
});

describe('plans', () => {
  test('a plan the vendor does not have names the valid ones', async () => {
    const yaml = manifest([], ['plan: platinum']);
    const errors = expectConfigError((await timed(() => evaluateManifest(yaml))).outcome);
    expect(errors[0]!.message).toContain("'platinum' is not a Clerk plan");
    expect(errors[0]!.message).toContain('Plans: free, pro, enterprise');
    expect(errors[0]!.location.line).toBe(lineOf(yaml, 'platinum'));
  });

  test('a vendor with several plans needs one', async () => {
    const yaml = 'version: 1\nrequirements:\n  data: [contact]\nservices:\n  - vendor: clerk\n';
    const errors = expectConfigError((await timed(() => evaluateManifest(yaml))).outcome);
    expect(errors[0]!.message).toContain('needs a plan');
  });

  test('a plan differing only in case is not accepted silently', async () => {
    const errors = expectConfigError(
      (await timed(() => evaluateManifest(manifest([], ['plan: Free'])))).outcome,
    );
    expect(errors[0]!.message).toContain("Did you mean 'free'?");
  });

  test('a vendor named by its domain, in any case and with a URL prefix, resolves', async () => {
    const yaml = manifest().replace('vendor: clerk', 'vendor: https://www.Clerk.com/');
    const report = expectReport((await timed(() => evaluateManifest(yaml))).outcome);
    expect(report.services[0]!.vendor).toBe('clerk');
  });

  test('a confusable domain is an error, not the catalogued vendor', async () => {
    const yaml = 'version: 1\nrequirements:\n  data: [contact]\nservices:\n  - vendor: clerk.io\n';
    const report = expectReport((await timed(() => evaluateManifest(yaml))).outcome);
    expect(report.result).toBe('fail');
    expect(report.findings.map((f) => f.check)).toContain('vendor.confusable');
  });

  test('an unknown vendor is a finding (warning by default, error when asked), never a quiet pass', async () => {
    const base = 'version: 1\nrequirements:\n  data: [contact]\n{extra}services:\n  - vendor: acme.example\n';
    const warned = expectReport((await timed(() => evaluateManifest(base.replace('{extra}', '')))).outcome);
    expect(warned.findings.map((f) => `${f.check} ${f.severity}`)).toEqual(['vendor.unknown warning']);
    const failed = expectReport(
      (await timed(() => evaluateManifest(base.replace('{extra}', '  unknown-vendors: error\n')))).outcome,
    );
    expect(failed.result).toBe('fail');
  });
});

describe('reported, not silent', () => {
  const LOCAL_CLERK = `id: clerk
name: Clerk (local)
domain: clerk.com
category: authentication
verified: 2026-06-01
plans: [free, pro, enterprise]
sources:
  own: { url: https://example.org/our-clerk-review, title: Our review }
facts:
  hosting.regions: { value: [eu], status: confirmed, source: own }
`;

  test('a local rule that replaces a bundled vendor is a rules.overridden warning at its id', async () => {
    const yaml = manifest(['residency: {regions: [eu]}']);
    const report = expectReport(
      (await timed(() => evaluateManifest(yaml, { '.github/vendor-rules/clerk.yml': LOCAL_CLERK }))).outcome,
    );
    expect(report.findings.filter((f) => f.check === 'rules.overridden')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        vendor: 'clerk',
        message: expect.stringMatching(
          /\.github\/vendor-rules\/clerk\.yml replaces the bundled rule for clerk \(rules\/vendors\/clerk\.yml\)/,
        ),
        location: { file: '.github/vendor-rules/clerk.yml', line: 1, column: 1, endLine: 1, endColumn: 10 },
      }),
    ]);
  });

  test('two local rules for the same id are a config error', async () => {
    const yaml = manifest();
    const { outcome } = await timed(() =>
      evaluateManifest(yaml, {
        '.github/vendor-rules/clerk.yml': LOCAL_CLERK,
        '.github/vendor-rules/clerk.yaml': LOCAL_CLERK,
      }),
    );
    const errors = expectConfigError(outcome, '.github/vendor-rules/clerk.yml');
    expect(errors[0]!.message).toContain("vendor 'clerk' is also defined in");
  });

  test('the same vendor twice is legitimate: each finding names its own service index and line', async () => {
    const yaml = [
      'version: 1',
      'requirements:',
      '  data: [contact]',
      '  residency: {regions: [eu]}',
      'services:',
      '  - vendor: clerk',
      '    plan: free',
      '    purpose: Customer sign-in',
      '  - vendor: clerk',
      '    plan: enterprise',
      '    purpose: Staff sign-in',
      '',
    ].join('\n');
    const report = expectReport((await timed(() => evaluateManifest(yaml))).outcome);
    const residency = report.findings.filter((f) => f.check === 'residency.outside-allowed');
    expect(residency.map((f) => [f.service, f.location.line])).toEqual([
      [0, 6],
      [1, 9],
    ]);
    expect(report.services.map((s) => s.plan)).toEqual(['free', 'enterprise']);
  });

  test('requirements.data is required: omitting it never passes everything', async () => {
    const yaml =
      'version: 1\nrequirements:\n  agreements: [dpa]\nservices:\n  - vendor: clerk\n    plan: free\n';
    const errors = expectConfigError((await timed(() => evaluateManifest(yaml))).outcome);
    expect(errors[0]!.message).toContain("missing the required key 'data'");
  });

  test('services is required', async () => {
    const errors = expectConfigError(
      (await timed(() => evaluateManifest('version: 1\nrequirements:\n  data: []\n'))).outcome,
    );
    expect(errors[0]!.message).toContain("'services'");
  });
});
