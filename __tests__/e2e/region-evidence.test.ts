import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import {
  expectSpecReportShape,
  gitInit,
  lineOf,
  makeWorkspace,
  removeTempDirs,
  runCli,
  type CliRun,
  type SpecReport,
} from './helpers.js';

/**
 * Region evidence and host traces through the CLI (SPEC §7.1, §7.2): what the code configures,
 * judged against what the manifest declares, located at the line of code.
 */

afterAll(removeTempDirs);

const MANIFEST = '.github/vendor-gate.yml';
const DSN_FILE = 'sentry.client.config.ts';

type Sarif = {
  runs: {
    results: {
      ruleId: string;
      locations: {
        physicalLocation: {
          artifactLocation: { uri: string };
          region: { startLine: number; startColumn: number };
        };
      }[];
      relatedLocations?: {
        physicalLocation: {
          artifactLocation: { uri: string };
          region: { startLine: number; startColumn: number };
        };
      }[];
      suppressions?: unknown[];
    }[];
  }[];
};

const at = (file: string, p: { line: number; column: number }) => `${file}:${p.line}:${p.column}`;

describe('examples/eu-sentry-dsn: a US Sentry DSN under an EU-only requirement', () => {
  let workspace: string;
  let text: CliRun;
  let json: SpecReport;
  let sarif: Sarif;
  beforeAll(() => {
    workspace = makeWorkspace(['examples/eu-sentry-dsn']);
    text = runCli(workspace, ['check']);
    json = JSON.parse(runCli(workspace, ['check', '--format', 'json']).stdout) as SpecReport;
    sarif = JSON.parse(runCli(workspace, ['check', '--format', 'sarif']).stdout) as Sarif;
  });

  test('check exits 1 with residency.observed-mismatch at the DSN host, quoting it', () => {
    expect(text.status).toBe(1);
    const dsn = lineOf(workspace, DSN_FILE, 'o123.ingest.us.sentry.io');
    expect(at(DSN_FILE, dsn)).toBe('sentry.client.config.ts:5:21');
    expect(text.stdout).toMatch(/error\s+residency\.observed-mismatch\s+sentry\.client\.config\.ts:5:21\b/);
    expect(text.stdout).toContain('`o123.ingest.us.sentry.io` sends its data to the US');
    // One finding, not two: the mismatch names the allowed regions too.
    expect(text.stdout).not.toContain('residency.observed-outside-allowed');
  });

  test('JSON: the finding cites the rule source and has the service as related location', () => {
    expectSpecReportShape(json);
    const observed = json.findings.filter((f) => f.check.startsWith('residency.observed-'));
    expect(observed).toHaveLength(1);
    const [finding] = observed as [
      SpecReport['findings'][number] & { related?: SpecReport['findings'][number]['location'] },
    ];
    expect(finding.location).toEqual({ file: DSN_FILE, line: 5, column: 21, endLine: 5, endColumn: 45 });
    const vendorLine = lineOf(workspace, MANIFEST, 'vendor: sentry');
    expect(finding.related).toMatchObject({
      file: MANIFEST,
      line: vendorLine.line,
      column: vendorLine.column,
    });
    expect(finding.evidence.map((e) => e.source)).toEqual([
      'https://docs.sentry.io/product/security/ip-ranges/',
    ]);
    expect(finding.service).toBe(0);
  });

  test('SARIF: the result is at the DSN, with relatedLocations at the manifest service', () => {
    const result = sarif.runs[0]!.results.find((r) => r.ruleId === 'residency.observed-mismatch');
    expect(result?.locations[0]?.physicalLocation.artifactLocation.uri).toBe(DSN_FILE);
    expect(result?.locations[0]?.physicalLocation.region).toMatchObject({ startLine: 5, startColumn: 21 });
    const vendorLine = lineOf(workspace, MANIFEST, 'vendor: sentry');
    expect(result?.relatedLocations?.[0]?.physicalLocation.artifactLocation.uri).toBe(MANIFEST);
    expect(result?.relatedLocations?.[0]?.physicalLocation.region).toMatchObject({
      startLine: vendorLine.line,
      startColumn: vendorLine.column,
    });
  });

  test('--no-scan: the manifest alone passes (what the gate misses without region evidence)', () => {
    const run = runCli(workspace, ['check', '--no-scan']);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('residency.observed-');
  });

  test('a waiver on the service with check: residency.observed-mismatch waives it', () => {
    const waived = makeWorkspace(['examples/eu-sentry-dsn']);
    const manifest = `${readFileSync(join(waived, MANIFEST), 'utf8')}    waivers:
      - check: residency.observed-mismatch
        reason: Migration to the EU organization tracked in OPS-12
        expires: 2027-01-31
`;
    writeFileSync(join(waived, MANIFEST), manifest);
    const run = runCli(waived, ['check', '--format', 'json']);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as SpecReport;
    const finding = report.findings.find((f) => f.check === 'residency.observed-mismatch');
    expect(finding?.waived).toEqual({
      reason: 'Migration to the EU organization tracked in OPS-12',
      expires: '2027-01-31',
    });
    expect(report.findings.some((f) => f.check === 'waiver.unused')).toBe(false);
  });
});

describe('a vendor seen only by its API host', () => {
  const manifest = `version: 1
requirements:
  data: [contact]
services:
  - vendor: sentry
    plan: team
    purpose: Errors
`;
  const mailer = `export async function send(to: string) {
  // POST https://api.postmarkapp.com/email in a comment is not evidence
  return fetch('https://api.postmarkapp.com/email', { method: 'POST', body: to });
}
`;
  const files = {
    [MANIFEST]: manifest,
    'package.json': '{ "dependencies": { "@sentry/node": "^8.0.0" } }\n',
    'src/mail.ts': mailer,
  };

  test('in a source file: inventory.undeclared at the host, naming it', () => {
    const workspace = makeWorkspace([], files);
    gitInit(workspace);
    const run = runCli(workspace, ['check', '--format', 'json']);
    const report = JSON.parse(run.stdout) as SpecReport;
    const undeclared = report.findings.filter((f) => f.check === 'inventory.undeclared');
    expect(
      undeclared.map((f) => `${f.vendor} ${f.location.file}:${f.location.line}:${f.location.column}`),
    ).toEqual(['postmark src/mail.ts:3:25']);
    expect(undeclared[0]?.message).toContain('api.postmarkapp.com');
    expect(run.status).toBe(1);
  });

  test.each([
    ['a test file', 'src/mail.test.ts'],
    ['a tests folder', 'tests/mail.ts'],
    ['docs', 'docs/mail.ts'],
    ['a markdown file', 'MAILING.md'],
    ['an example', 'examples/mail.ts'],
  ])('in %s only: nothing', (_, path) => {
    const workspace = makeWorkspace([], {
      [MANIFEST]: manifest,
      'package.json': files['package.json'],
      [path]: mailer,
    });
    gitInit(workspace);
    const report = JSON.parse(runCli(workspace, ['check', '--format', 'json']).stdout) as SpecReport;
    expect(report.findings.filter((f) => f.check.startsWith('inventory.'))).toEqual([]);
  });

  test('--no-scan: nothing', () => {
    const workspace = makeWorkspace([], files);
    gitInit(workspace);
    const report = JSON.parse(
      runCli(workspace, ['check', '--no-scan', '--format', 'json']).stdout,
    ) as SpecReport;
    expect(report.findings.filter((f) => f.check.startsWith('inventory.'))).toEqual([]);
  });

  test('a declared vendor seen only by its host is used (no inventory.unused)', () => {
    const declared = `${manifest}  - vendor: postmark
    plan: developer
    purpose: Mail
`;
    const workspace = makeWorkspace([], { ...files, [MANIFEST]: declared });
    gitInit(workspace);
    const report = JSON.parse(runCli(workspace, ['check', '--format', 'json']).stdout) as SpecReport;
    expect(report.findings.filter((f) => f.check.startsWith('inventory.'))).toEqual([]);
    // Without the host, the same manifest has postmark unused.
    const bare = makeWorkspace([], { ...files, [MANIFEST]: declared, 'src/mail.ts': 'export {};\n' });
    gitInit(bare);
    const unused = JSON.parse(runCli(bare, ['check', '--format', 'json']).stdout) as SpecReport;
    expect(unused.findings.filter((f) => f.check === 'inventory.unused').map((f) => f.vendor)).toEqual([
      'postmark',
    ]);
  });
});
