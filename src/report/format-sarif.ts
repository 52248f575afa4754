import { createHash } from 'node:crypto';
import type { Location as SarifLocation, Log, ReportingDescriptor, Result } from 'sarif';
import { readPackageJson } from '../package-root.js';
import { CHECKS } from '../checks/registry.js';
import type { RegisteredCheck } from '../checks/types.js';
import type { Finding } from '../engine/finding.js';
import type { Rendered } from '../outcome.js';
import type { ConfigError } from '../source/config-error.js';
import type { Location } from '../source/location.js';
import type { Severity } from '../vocabulary.js';
import type { Report } from './report.js';

const SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const INFORMATION_URI = 'https://github.com/vendor-gate/vendor-gate';
const SRCROOT = '%SRCROOT%';
/** The partialFingerprints key. Bump its version when `identityOf` changes, so old alerts are not mistaken for new. */
export const FINGERPRINT_KEY = 'vendorGate/v1';

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', notice: 'note' };

/**
 * SARIF 2.1.0 for code scanning: one rule per check id, one result per finding; a run that could
 * not be evaluated has one result per configuration error. Renders only; no I/O.
 */
export function formatSarif(outcome: Rendered): string {
  return `${JSON.stringify(outcome.kind === 'report' ? reportLog(outcome.report) : configErrorLog(outcome.errors), null, 2)}\n`;
}

function reportLog(report: Report): Log {
  const metas = [...CHECKS.values()]; // already sorted by id, so rule indexes are stable
  const ruleIndex = new Map<string, number>(metas.map((meta, index) => [meta.id, index]));
  const fingerprints = fingerprintsOf(report);
  return logOf(
    report.tool.version,
    metas.map(ruleFor),
    report.findings.map((finding, i) => resultFor(finding, ruleIndex, fingerprints[i]!)),
    report.notes,
  );
}

const CONFIG_ERROR_RULE: ReportingDescriptor = {
  id: 'config-error',
  name: 'ConfigError',
  shortDescription: { text: 'A file Vendor Gate reads is not valid, so the gate was not evaluated.' },
  helpUri: `${INFORMATION_URI}#the-manifest-githubvendor-gateyml`,
  defaultConfiguration: { level: 'error' },
};

function configErrorLog(errors: ConfigError[]): Log {
  const results: Result[] = errors.map((error) => ({
    ruleId: CONFIG_ERROR_RULE.id,
    ruleIndex: 0,
    level: 'error',
    message: { text: error.message },
    locations: [locationOf(error.location)],
  }));
  return logOf(readPackageJson().version, [CONFIG_ERROR_RULE], results);
}

function logOf(version: string, rules: ReportingDescriptor[], results: Result[], notes?: string[]): Log {
  return {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'vendor-gate',
            version,
            ...(/^\d+\.\d+\.\d+/.test(version) ? { semanticVersion: version } : {}),
            informationUri: INFORMATION_URI,
            rules,
          },
        },
        originalUriBaseIds: {
          [SRCROOT]: { description: { text: 'The root of the repository Vendor Gate checked.' } },
        },
        // Our columns are JavaScript string offsets, as `yaml`'s linePos gives them.
        columnKind: 'utf16CodeUnits',
        results,
        ...(notes ? { properties: { notes } } : {}),
      },
    ],
  };
}

function ruleFor(meta: RegisteredCheck): ReportingDescriptor {
  const severity =
    meta.severity === 'unknown-vendors'
      ? 'set by `requirements.unknown-vendors` (warning when unset)'
      : `${meta.severity} (change it under \`checks:\` in the manifest)`;
  return {
    id: meta.id,
    name: pascalCase(meta.id),
    shortDescription: { text: firstSentence(meta.description) },
    fullDescription: { text: meta.description },
    helpUri: `${INFORMATION_URI}#checks`,
    help: {
      text: `${meta.help}\n\nDefault severity: ${severity.replace(/`/g, '')}.`,
      markdown: `${meta.help}\n\n**Default severity:** ${severity}.`,
    },
    defaultConfiguration: { level: meta.severity === 'unknown-vendors' ? 'warning' : LEVEL[meta.severity] },
    properties: { tags: ['vendor-gate', meta.area] },
  };
}

function resultFor(finding: Finding, ruleIndex: Map<string, number>, fingerprint: string): Result {
  const { location, waived } = finding;
  const index = ruleIndex.get(finding.check);
  const sources = [...new Set(finding.evidence.flatMap((e) => (e.source ? [e.source] : [])))];
  return {
    ruleId: finding.check,
    ...(index !== undefined ? { ruleIndex: index } : {}),
    level: LEVEL[finding.severity],
    message: {
      text: [
        finding.message,
        `Fix: ${finding.remediation}`,
        ...(sources.length > 0 ? [`Sources: ${sources.join(' ')}`] : []),
      ].join('\n'),
    },
    locations: [locationOf(location)],
    // The manifest service of a signal found in code (region evidence).
    ...(finding.related
      ? {
          relatedLocations: [
            { id: 0, ...locationOf(finding.related), message: { text: 'the service in the manifest' } },
          ],
        }
      : {}),
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint },
    ...(waived
      ? {
          suppressions: [{ kind: 'inSource', justification: `${waived.reason} (expires ${waived.expires})` }],
        }
      : {}),
    properties: {
      vendor: finding.vendor,
      service: finding.service,
      evidence: finding.evidence,
    },
  };
}

function locationOf(location: Location): SarifLocation {
  return {
    physicalLocation: {
      artifactLocation: { uri: toUri(location.file), uriBaseId: SRCROOT },
      // Both 1-based with an exclusive end column, so the location maps over as it is.
      region: {
        startLine: location.line,
        startColumn: location.column,
        endLine: location.endLine,
        endColumn: location.endColumn,
      },
    },
  };
}

/**
 * One fingerprint per finding that survives re-runs and edits that only move lines: it hashes what
 * the finding is about, never where it is. Findings that still share an identity (one check reporting
 * twice for a service, e.g. two missing features) are told apart by their order in the report.
 */
function fingerprintsOf(report: Report): string[] {
  const seen = new Map<string, number>();
  return report.findings.map((finding) => {
    const identity = identityOf(finding, report);
    const occurrence = seen.get(identity) ?? 0;
    seen.set(identity, occurrence + 1);
    return createHash('sha256').update(`${identity}\u0000${occurrence}`).digest('hex');
  });
}

function identityOf(finding: Finding, report: Report): string {
  const facts = [...new Set(finding.evidence.map((e) => e.fact))].sort();
  const parts = [finding.check, finding.location.file, finding.vendor ?? '', facts.join(',')];
  if (finding.service !== null) {
    // The service as "the n-th service of this vendor", so adding or removing another vendor's
    // service does not re-key this one, while two services of one vendor stay distinct.
    const vendor = report.services[finding.service]?.vendor;
    const nth = report.services.slice(0, finding.service).filter((s) => s.vendor === vendor).length;
    parts.push(`service:${vendor ?? ''}#${nth}`);
  } else {
    // No service (a dependency found in code, a policy change): the wording names the file and the
    // dependency or requirement, and never a line, so it is what tells these findings apart.
    parts.push(finding.message.trim().replace(/\s+/g, ' '));
  }
  return JSON.stringify(parts);
}

/** `residency.outside-allowed` → `ResidencyOutsideAllowed`. */
function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
}

function firstSentence(text: string): string {
  const match = /^.*?[.!?](?=\s|$)/.exec(text);
  return match ? match[0] : text;
}

/** A workspace-relative path as a relative URI reference: each segment percent-encoded, `/` kept. */
function toUri(file: string): string {
  return file.replace(/\\/g, '/').split('/').map(encodeURIComponent).join('/');
}
