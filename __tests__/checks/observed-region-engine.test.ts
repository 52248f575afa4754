import { describe, expect, test } from '@jest/globals';
import { buildEvidenceIndex, scanTextForEvidence } from '../../src/detect/code-evidence.js';
import { evaluate } from '../../src/engine/evaluate.js';
import { parseManifest } from '../../src/manifest/load.js';
import { valueOf } from '../helpers/checked.js';
import { TODAY, fixtureCatalogue } from '../helpers/catalogue.js';
import { manifest, positionOf } from '../helpers/yaml.js';

/**
 * The three region-evidence checks (SPEC §7.2) through the engine: signals found in a source file
 * by the real scanner, judged against the manifest, each at the signal's line:column with the
 * service's `vendor:` line as related location and the rule's source as evidence.
 */

const REGIONED = `
id: regioned
name: Regioned
domain: regioned.example
category: analytics
verified: 2026-06-01
plans: [free]
sources:
  regions: { url: https://regioned.example/docs/regions, title: Regions }
facts:
  hosting.regions: { value: [us], status: confirmed, source: regions }
  hosting.region-options: { value: [{ region: eu, plans: all }], status: confirmed, source: regions }
  hosting.processing-anywhere: { value: false, status: confirmed, source: regions }
  transfers.mechanisms: { value: [dpf, scc], status: confirmed, source: regions }
detect:
  npm: [regioned-sdk]
  hosts: ["*.regioned.example"]
  regions:
    - { host: eu.ingest.regioned.example, region: eu, kind: storage, source: regions, quote: "EU projects ingest at eu.ingest" }
    - { host: us.ingest.regioned.example, region: us, kind: storage, source: regions }
    - { env-value: { key: REGIONED_FUNCTION_REGION, value: "iad*" }, region: us, kind: processing, source: regions }
`;
const catalogue = fixtureCatalogue({ regioned: REGIONED });
const rules = catalogue.rules.map((loaded) => loaded.rule);

const CODE_FILE = 'src/analytics.ts';

function run(yaml: string, code: string) {
  const found = scanTextForEvidence(CODE_FILE, code, buildEvidenceIndex(rules));
  const { manifest: parsed, source } = valueOf(parseManifest('.github/vendor-gate.yml', yaml, catalogue));
  return evaluate({
    manifest: parsed,
    source,
    catalogue,
    today: TODAY,
    gathered: { detected: [], evidence: { ...found, filesRead: 1 } },
  }).filter((f) => f.check.startsWith('residency.observed-') || f.check.startsWith('waiver.'));
}

const US_HOST = "init({ host: 'https://us.ingest.regioned.example/e' });\n";
const EU_HOST = "init({ host: 'https://eu.ingest.regioned.example/e' });\n";
const IAD = "const config = {\n  REGIONED_FUNCTION_REGION: 'iad1',\n};\n";
const EU_FORBIDDEN = ['data: [contact]', 'residency:', '  regions: [eu]', '  transfers: forbidden'];
const EU_SAFEGUARDED = ['data: [contact]', 'residency:', '  regions: [eu]', '  transfers: safeguarded'];

interface Row {
  name: string;
  yaml: string;
  code: string;
  /** [check, severity, text in the code the finding is at, text in the manifest of the related location]. */
  expected: [string, string, string, string][];
}

const rows: Row[] = [
  {
    name: 'declared eu, the code ingests in the US (also outside the allowed regions): one mismatch',
    yaml: manifest(EU_FORBIDDEN, [['vendor: regioned', 'plan: free', 'region: eu']]),
    code: US_HOST,
    expected: [['residency.observed-mismatch', 'error', 'us.ingest.regioned.example', 'vendor: regioned']],
  },
  {
    name: 'no region declared, the code ingests in the US, transfers forbidden',
    yaml: manifest(EU_FORBIDDEN, [['vendor: regioned', 'plan: free']]),
    code: US_HOST,
    expected: [
      ['residency.observed-outside-allowed', 'error', 'us.ingest.regioned.example', 'vendor: regioned'],
    ],
  },
  {
    name: 'declared us with no residency requirement, the code ingests in the EU: mismatch',
    yaml: manifest(['data: [contact]'], [['vendor: regioned', 'plan: free', 'region: us']]),
    code: EU_HOST,
    expected: [['residency.observed-mismatch', 'error', 'eu.ingest.regioned.example', 'vendor: regioned']],
  },
  {
    name: 'a function region outside the allowed regions: processing warning at the key',
    yaml: manifest(EU_FORBIDDEN, [['vendor: regioned', 'plan: free', 'region: eu']]),
    code: IAD,
    expected: [['residency.observed-processing', 'warning', 'REGIONED_FUNCTION_REGION', 'vendor: regioned']],
  },
  {
    name: 'declared eu, the code ingests in the EU: nothing',
    yaml: manifest(EU_FORBIDDEN, [['vendor: regioned', 'plan: free', 'region: eu']]),
    code: EU_HOST,
    expected: [],
  },
  {
    name: 'safeguarded, no region declared, US ingest: no observed finding (the transfer checks judge it)',
    yaml: manifest(EU_SAFEGUARDED, [['vendor: regioned', 'plan: free']]),
    code: US_HOST,
    expected: [],
  },
  {
    name: 'the signal only in a comment: nothing',
    yaml: manifest(EU_FORBIDDEN, [['vendor: regioned', 'plan: free', 'region: eu']]),
    code: `// ${US_HOST}`,
    expected: [],
  },
  {
    name: 'the vendor not declared: nothing here (inventory.undeclared is its business)',
    yaml: manifest(EU_FORBIDDEN, [['vendor: usonly', 'plan: free']]),
    code: US_HOST,
    expected: [],
  },
  {
    name: 'the service receives no personal data: nothing',
    yaml: manifest(EU_FORBIDDEN, [['vendor: regioned', 'plan: free', 'region: eu', 'data: []']]),
    code: US_HOST,
    expected: [],
  },
  {
    name: 'checks: residency.observed-mismatch: off silences it',
    yaml: manifest(
      EU_FORBIDDEN,
      [['vendor: regioned', 'plan: free', 'region: eu']],
      ['checks:', '  residency.observed-mismatch: off'],
    ),
    code: US_HOST,
    expected: [],
  },
];

describe('region evidence through the engine', () => {
  test.each(rows)('$name', ({ yaml, code, expected }) => {
    const findings = run(yaml, code);
    expect(
      findings.map(
        (f) =>
          `${f.check} ${f.severity} ${f.location.file}:${f.location.line}:${f.location.column} related ${f.related?.line}:${f.related?.column}`,
      ),
    ).toEqual(
      expected.map(
        ([check, severity, inCode, inManifest]) =>
          `${check} ${severity} ${CODE_FILE}:${positionOf(code, inCode)} related ${positionOf(yaml, inManifest)}`,
      ),
    );
    for (const finding of findings) {
      expect(finding.evidence.map((e) => e.source)).toEqual(['https://regioned.example/docs/regions']);
      expect(finding.service).toBe(0);
    }
  });

  test('the message quotes the matched text and names the regions', () => {
    const [finding] = run(
      manifest(EU_FORBIDDEN, [['vendor: regioned', 'plan: free', 'region: eu']]),
      US_HOST,
    );
    expect(finding?.message).toBe(
      'The manifest declares Regioned in the EU/EEA (region: eu), but `us.ingest.regioned.example` sends its data to the US. That is also outside the allowed regions (the EU/EEA).',
    );
  });

  test('the quote of the signal goes with the evidence', () => {
    const [finding] = run(
      manifest(['data: [contact]'], [['vendor: regioned', 'plan: free', 'region: us']]),
      EU_HOST,
    );
    expect(finding?.evidence[0]?.quote).toBe('EU projects ingest at eu.ingest');
  });

  test('a waiver on the service waives it, and is used', () => {
    const yaml = manifest(EU_FORBIDDEN, [
      [
        'vendor: regioned',
        'plan: free',
        'region: eu',
        'waivers:',
        '  - check: residency.observed-mismatch',
        '    reason: Moving to the EU project',
        `    expires: 2027-01-31`,
      ],
    ]);
    const findings = run(yaml, US_HOST);
    expect(findings.map((f) => `${f.check} ${f.waived ? 'waived' : 'live'}`)).toEqual([
      'residency.observed-mismatch waived',
    ]);
  });
});
