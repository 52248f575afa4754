import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Log, Result } from 'sarif';
import { CHECKS } from '../../src/checks/registry.js';
import type { Location } from '../../src/source/location.js';
import type { DependencyRef } from '../../src/detect/types.js';
import { evaluate } from '../../src/engine/evaluate.js';
import { detectVendors } from '../../src/gather/vendors.js';
import { parseManifest } from '../../src/manifest/load.js';
import { buildReport, type Report } from '../../src/report/report.js';
import { FINGERPRINT_KEY, formatSarif } from '../../src/report/format-sarif.js';
import { fixtureCatalogue, TODAY } from '../helpers/catalogue.js';
import { manifest } from '../helpers/yaml.js';
import { valueOf } from '../helpers/checked.js';

const MANIFEST_FILE = '.github/vendor-gate.yml';
const EU_FORBIDDEN = ['data: [contact]', 'residency:', '  regions: [eu]', '  transfers: forbidden'];

/** Evaluate a manifest (and, optionally, dependencies found in code) into the Report every format renders. */
function reportFor(yaml: string, dependencies: DependencyRef[] = []): Report {
  const catalogue = fixtureCatalogue();
  const { manifest: parsed, source } = valueOf(parseManifest(MANIFEST_FILE, yaml, catalogue));
  const detected = dependencies.length > 0 ? detectVendors(dependencies, catalogue) : undefined;
  const findings = evaluate({ manifest: parsed, source, catalogue, today: TODAY, gathered: { detected } });
  return buildReport({
    tool: { name: 'vendor-gate', version: '1.0.0' },
    manifestFile: MANIFEST_FILE,
    manifest: parsed,
    vendorIds: parsed.services.map((s) => catalogue.resolve(s.vendor)?.rule.id),
    findings,
    failOn: 'error',
    notes: [],
  });
}

function sarifFor(report: Report): Log {
  return JSON.parse(formatSarif({ kind: 'report', report })) as Log;
}

function resultsOf(log: Log): Result[] {
  return log.runs[0]!.results!;
}

/** check id → fingerprint, for reports with one finding per check. */
function fingerprintsByCheck(log: Log): Record<string, string> {
  return Object.fromEntries(resultsOf(log).map((r) => [r.ruleId!, r.partialFingerprints![FINGERPRINT_KEY]!]));
}

function dependency(name: string, file: string, line: number): DependencyRef {
  const location: Location = { file, line, column: 6, endLine: line, endColumn: 6 + name.length + 2 };
  return { ecosystem: 'npm', name, location, section: 'dependencies' };
}

/** Findings on one manifest: residency, agreements, certifications, features, a waiver, an unknown vendor. */
const BUSY = manifest(
  [...EU_FORBIDDEN, 'agreements: [dpa]', 'certifications: [soc2-type2]', 'features: [sso, audit-logs]'],
  [
    ['vendor: usonly', 'plan: free'],
    ['vendor: euoption', 'plan: free', 'region: us'],
    [
      'vendor: vague',
      'waivers:',
      '  - check: residency.unverified',
      '    reason: Reviewed by the DPO',
      '    expires: 2027-01-31',
    ],
    ['vendor: nosuchvendor'],
  ],
);

describe('SARIF against the official 2.1.0 schema', () => {
  const schemaFile = join(process.cwd(), '__tests__/fixtures/sarif/sarif-schema-2.1.0.json');
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as Record<string, unknown>;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  // The schema's formats, checked as RFC 3339 / RFC 3986 / RFC 4122 ask (Ajv ships no format checkers).
  const uriReference = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/;
  ajv.addFormat('uri-reference', uriReference);
  ajv.addFormat('uri', (s: string) => /^[A-Za-z][A-Za-z0-9+.-]*:/.test(s) && uriReference.test(s));
  ajv.addFormat('date-time', /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/i);
  ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  const validate = ajv.compile(schema);

  test('the schema is the 2020-12 copy the fixture README describes', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toBe('Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema');
  });

  test.each([
    ['a failing manifest with a waiver and an unknown vendor', () => reportFor(BUSY)],
    [
      'a passing manifest',
      () => reportFor(manifest(['data: [contact]'], [['vendor: usonly', 'plan: free']])),
    ],
    [
      'inventory findings in a file whose path needs escaping',
      () =>
        reportFor(manifest(['data: [contact]'], [['vendor: clerk', 'plan: free']]), [
          dependency('@usonly/sdk', 'apps/my web/package.json', 12),
        ]),
    ],
  ])('%s validates', (_name, build) => {
    const log = sarifFor(build());
    expect(validate(log) ? [] : validate.errors).toEqual([]);
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
  });

  test('the validator does reject an invalid log', () => {
    const log = sarifFor(reportFor(BUSY));
    const physical = resultsOf(log)[0]!.locations![0]!.physicalLocation!;
    physical.region!.startLine = 0;
    expect(validate(log)).toBe(false);
    physical.region!.startLine = 1;
    expect(validate(log)).toBe(true);
    physical.artifactLocation!.uri = 'apps/my web/package.json';
    expect(validate(log)).toBe(false);
  });
});

describe('rules', () => {
  const log = sarifFor(reportFor(BUSY));
  const { driver } = log.runs[0]!.tool;

  test('the driver names the tool and its version', () => {
    expect(driver).toMatchObject({
      name: 'vendor-gate',
      version: '1.0.0',
      semanticVersion: '1.0.0',
      informationUri: 'https://github.com/vendor-gate/vendor-gate',
    });
  });

  test('one rule per registered check id, sorted, each with descriptions and help', () => {
    const rules = driver.rules!;
    expect(rules.map((r) => r.id)).toEqual([...CHECKS.keys()].sort());
    for (const rule of rules) {
      const meta = CHECKS.get(rule.id)!;
      expect(rule.name).toMatch(/^[A-Z][A-Za-z0-9]*$/);
      expect(rule.shortDescription?.text).toBeTruthy();
      expect(rule.fullDescription?.text).toBe(meta.description);
      expect(rule.help?.text).toContain(meta.help);
      expect(rule.help?.markdown).toContain(meta.help);
      expect(rule.help?.text).toMatch(/Default severity: /);
      expect(rule.properties?.tags).toContain(meta.area);
    }
  });

  test('default levels follow the default severities', () => {
    const level = (id: string) => driver.rules!.find((r) => r.id === id)?.defaultConfiguration?.level;
    expect(level('residency.outside-allowed')).toBe('error');
    expect(level('policy.weakened')).toBe('warning');
    expect(level('waiver.unused')).toBe('note');
    expect(level('vendor.unknown')).toBe('warning');
    expect(driver.rules!.find((r) => r.id === 'residency.outside-allowed')?.name).toBe(
      'ResidencyOutsideAllowed',
    );
  });

  test("every result's ruleIndex points at its ruleId", () => {
    const results = resultsOf(log);
    expect(results.length).toBeGreaterThan(3);
    for (const result of results) expect(driver.rules![result.ruleIndex!]!.id).toBe(result.ruleId);
  });
});

describe('results', () => {
  const report = reportFor(BUSY);
  const results = resultsOf(sarifFor(report));

  test('one result per finding, in order, with its level and region', () => {
    expect(results).toHaveLength(report.findings.length);
    report.findings.forEach((finding, i) => {
      const result = results[i]!;
      const { file, line, column, endLine, endColumn } = finding.location;
      expect(result.ruleId).toBe(finding.check);
      expect(result.level).toBe(finding.severity === 'notice' ? 'note' : finding.severity);
      expect(result.locations?.[0]?.physicalLocation).toEqual({
        artifactLocation: { uri: file, uriBaseId: '%SRCROOT%' },
        region: { startLine: line, startColumn: column, endLine, endColumn },
      });
    });
  });

  test('the message carries the remediation and the cited sources; properties carry the evidence', () => {
    const finding = report.findings.find((f) => f.check === 'residency.outside-allowed')!;
    const result = results.find((r) => r.ruleId === 'residency.outside-allowed')!;
    expect(result.message.text).toContain(finding.message);
    expect(result.message.text).toContain(`Fix: ${finding.remediation}`);
    expect(result.message.text).toContain('Sources: https://usonly.example/dpa');
    expect(result.properties).toMatchObject({
      vendor: 'usonly',
      service: 0,
      evidence: expect.arrayContaining([
        expect.objectContaining({
          fact: 'hosting.regions',
          status: 'confirmed',
          source: 'https://usonly.example/dpa',
        }),
      ]),
    });
  });

  test('a waived finding is an inSource suppression with its reason and expiry', () => {
    const waived = results.filter((r) => r.suppressions);
    expect(waived.map((r) => [r.ruleId, r.suppressions])).toEqual([
      [
        'residency.unverified',
        [{ kind: 'inSource', justification: 'Reviewed by the DPO (expires 2027-01-31)' }],
      ],
    ]);
    expect(results.filter((r) => !r.suppressions)).toHaveLength(report.findings.length - 1);
  });

  test('a dependency file path becomes a percent-encoded relative URI', () => {
    const yaml = manifest(['data: [contact]'], [['vendor: clerk', 'plan: free']]);
    const log = sarifFor(reportFor(yaml, [dependency('@usonly/sdk', 'apps/my web/package.json', 12)]));
    const result = resultsOf(log).find((r) => r.ruleId === 'inventory.undeclared');
    expect(result?.locations?.[0]?.physicalLocation?.artifactLocation?.uri).toBe(
      'apps/my%20web/package.json',
    );
  });
});

describe('fingerprints', () => {
  const oneService = (lines: string[]) => manifest(EU_FORBIDDEN, [lines]);
  const fingerprints = (yaml: string, dependencies: DependencyRef[] = []) =>
    resultsOf(sarifFor(reportFor(yaml, dependencies))).map((r) => r.partialFingerprints![FINGERPRINT_KEY]!);

  test('every result has a sha256 fingerprint, and no two collide', () => {
    const all = fingerprints(BUSY, [
      dependency('@usonly/sdk', 'package.json', 12),
      dependency('@usonly/client', 'package.json', 13),
      dependency('@usonly/sdk', 'apps/web/package.json', 7),
    ]);
    for (const fp of all) expect(fp).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(all).size).toBe(all.length);
  });

  test('identical across two runs', () => {
    const render = () => formatSarif({ kind: 'report', report: reportFor(BUSY) });
    expect(render()).toBe(render());
  });

  test('unchanged when lines are inserted above the service', () => {
    const before = manifest(EU_FORBIDDEN, [['vendor: usonly', 'plan: free']]);
    const after = before.replace('services:\n', '# Reviewed 2026-11\n\nservices:\n  # email\n');
    const moved = reportFor(after);
    expect(moved.findings[0]!.location.line).toBeGreaterThan(reportFor(before).findings[0]!.location.line);
    expect(fingerprints(after)).toEqual(fingerprints(before));
  });

  test("unchanged when another vendor's service is added before it", () => {
    const alone = sarifFor(reportFor(oneService(['vendor: usonly', 'plan: free'])));
    const withOther = sarifFor(
      reportFor(
        manifest(EU_FORBIDDEN, [
          ['vendor: planeu', 'plan: enterprise', 'region: eu'],
          ['vendor: usonly', 'plan: free'],
        ]),
      ),
    );
    const id = 'residency.outside-allowed';
    expect(fingerprintsByCheck(withOther)[id]).toBe(fingerprintsByCheck(alone)[id]);
  });

  test('unchanged when a waiver suppresses the finding, so the alert is closed, not replaced', () => {
    const open = fingerprintsByCheck(sarifFor(reportFor(oneService(['vendor: usonly', 'plan: free']))));
    const waivedLog = sarifFor(
      reportFor(
        oneService([
          'vendor: usonly',
          'plan: free',
          'waivers:',
          '  - check: residency.outside-allowed',
          '    reason: Funder approved',
          '    expires: 2027-06-30',
        ]),
      ),
    );
    const waived = resultsOf(waivedLog).find((r) => r.ruleId === 'residency.outside-allowed')!;
    expect(waived.suppressions).toHaveLength(1);
    expect(waived.partialFingerprints![FINGERPRINT_KEY]).toBe(open['residency.outside-allowed']);
  });

  test('different for two services of the same vendor', () => {
    const yaml = manifest(EU_FORBIDDEN, [
      ['vendor: usonly', 'plan: free'],
      ['vendor: usonly', 'plan: business'],
    ]);
    const results = resultsOf(sarifFor(reportFor(yaml))).filter(
      (r) => r.ruleId === 'residency.outside-allowed',
    );
    expect(results).toHaveLength(2);
    expect(results[0]!.partialFingerprints).not.toEqual(results[1]!.partialFingerprints);
  });

  test('different for different checks on the same service', () => {
    const byCheck = fingerprintsByCheck(
      sarifFor(
        reportFor(
          manifest([...EU_FORBIDDEN, 'certifications: [soc2-type2]'], [['vendor: usonly', 'plan: free']]),
        ),
      ),
    );
    expect(Object.keys(byCheck)).toEqual(
      expect.arrayContaining(['certifications.missing', 'residency.outside-allowed']),
    );
    expect(new Set(Object.values(byCheck)).size).toBe(Object.keys(byCheck).length);
  });

  test('different for two missing features of one service (one check, one location)', () => {
    const yaml = manifest(
      ['data: [contact]', 'features: [sso, audit-logs]'],
      [['vendor: euoption', 'plan: free']],
    );
    const results = resultsOf(sarifFor(reportFor(yaml))).filter((r) => r.ruleId === 'features.plan');
    expect(results).toHaveLength(2);
    expect(results[0]!.partialFingerprints).not.toEqual(results[1]!.partialFingerprints);
  });

  test('inventory findings: keyed by file and dependency, not by line', () => {
    const yaml = manifest(['data: [contact]'], [['vendor: clerk', 'plan: free']]);
    const deps = (line: number) => [
      dependency('@usonly/sdk', 'package.json', line),
      dependency('@usonly/client', 'package.json', line + 1),
      dependency('@usonly/sdk', 'apps/web/package.json', line),
    ];
    const here = fingerprints(yaml, deps(12));
    expect(here).toHaveLength(4); // three undeclared, plus clerk unused
    expect(new Set(here).size).toBe(4);
    expect(fingerprints(yaml, deps(40))).toEqual(here);
  });
});
