import { compareStrings } from '../compare.js';
import type { Catalogue } from '../catalogue/catalogue.js';
import { CHECKS, SERVICE_AREAS } from '../checks/registry.js';
import type { FindingDraft, ServiceContext } from '../checks/types.js';
import type { Manifest } from '../manifest/types.js';
import { locate, type YamlSource } from '../source/yaml-source.js';
import { SEVERITY_RANK, type Severity, type SeverityOverride } from '../vocabulary.js';
import { readFact } from './facts.js';
import type { Finding } from './finding.js';

export interface EvaluationInput {
  manifest: Manifest;
  source: YamlSource;
  catalogue: Catalogue;
  today: string;
  /** Findings gathered before evaluation from outside the manifest (inventory, policy comparison). */
  extraFindings?: FindingDraft[];
}

/** Run every check on every service, then apply severities and waivers. Pure: no I/O. */
export function evaluate(input: EvaluationInput): Finding[] {
  const { manifest, catalogue } = input;
  const drafts: FindingDraft[] = [];
  manifest.services.forEach((service, index) => {
    const loaded = catalogue.resolve(service.vendor);
    if (!loaded) {
      drafts.push(unknownVendor(input, index));
      return;
    }
    const data = service.data ?? manifest.requirements.data;
    const context: ServiceContext = {
      index,
      service,
      loaded,
      requirements: manifest.requirements,
      data,
      today: input.today,
      catalogue,
      fact: (key) => readFact(loaded, service, key),
    };
    for (const area of SERVICE_AREAS) drafts.push(...area.evaluate(context));
  });
  drafts.push(...(input.extraFindings ?? []));
  const findings = drafts.flatMap((draft) => resolve(draft, input));
  return sortFindings([...findings, ...applyWaivers(findings, input)]);
}

function unknownVendor(input: EvaluationInput, index: number): FindingDraft {
  const vendor = input.manifest.services[index]!.vendor;
  const at = { path: ['services', index, 'vendor'] };
  const confusable = input.catalogue.confusableFor(vendor);
  if (confusable) {
    const { rule } = confusable;
    return {
      check: 'vendor.confusable',
      service: index,
      vendor,
      evidence: [],
      at,
      message: `${vendor} is not ${rule.name} (${rule.domain}): ${confusable.note}`,
      remediation: `If you meant ${rule.name}, write vendor: ${rule.id}. If you really use ${vendor}, add a local rule for it, citing its documents.`,
    };
  }
  return {
    check: 'vendor.unknown',
    service: index,
    vendor,
    evidence: [],
    at,
    message: `No rule describes ${vendor}, so none of its facts can be checked. Known vendors: ${input.catalogue.ids.join(', ')}.`,
    remediation: `Add a local rule for ${vendor} (rules folder, default .github/vendor-rules/) citing its DPA and privacy policy, or correct the vendor name.`,
  };
}

/** Decide a draft's severity (or drop it when its check is off) and turn its path into a location. */
function resolve(draft: FindingDraft, input: EvaluationInput): Finding[] {
  const severity = severityOf(draft.check, input.manifest);
  if (severity === 'off') return [];
  return [
    {
      check: draft.check,
      severity,
      vendor: draft.vendor ?? null,
      service: draft.service ?? null,
      message: draft.message,
      remediation: draft.remediation,
      evidence: draft.evidence,
      location: 'location' in draft.at ? draft.at.location : locate(input.source, draft.at.path),
      waived: null,
    },
  ];
}

export function severityOf(check: string, manifest: Manifest): Severity | SeverityOverride {
  const override = manifest.checks?.[check];
  if (override) return override;
  const meta = CHECKS.get(check);
  if (!meta) throw new Error(`finding for unregistered check ${check}`);
  return meta.severity === 'unknown-vendors'
    ? (manifest.requirements['unknown-vendors'] ?? 'warning')
    : meta.severity;
}

/**
 * Mark findings covered by a live waiver as waived; report expired waivers (their findings stay
 * unwaived) and waivers that match nothing. Returns the waiver findings; mutates `waived` in place.
 */
function applyWaivers(findings: Finding[], input: EvaluationInput): Finding[] {
  const extra: FindingDraft[] = [];
  input.manifest.services.forEach((service, index) => {
    service.waivers?.forEach((waiver, j) => {
      const covered = findings.filter(
        (f) => f.service === index && f.check === waiver.check && !f.check.startsWith('waiver.'),
      );
      const path = ['services', index, 'waivers', j];
      const base = { service: index, vendor: service.vendor, evidence: [] };
      if (covered.length === 0) {
        extra.push({
          ...base,
          check: 'waiver.unused',
          at: { path: [...path, 'check'] },
          message: `The waiver for ${waiver.check} on ${service.vendor} matches no finding${waiver.expires < input.today ? ` (and expired on ${waiver.expires})` : ''}.`,
          remediation: 'Remove the waiver: what it covered no longer applies.',
        });
      } else if (waiver.expires < input.today) {
        extra.push({
          ...base,
          check: 'waiver.expired',
          at: { path: [...path, 'expires'] },
          message: `The waiver for ${waiver.check} on ${service.vendor} expired on ${waiver.expires} ("${waiver.reason}"); the finding it covered is reported again.`,
          remediation:
            'Resolve the finding, or renew the waiver with a fresh approval and a new expiry date.',
        });
      } else {
        for (const finding of covered) finding.waived ??= { reason: waiver.reason, expires: waiver.expires };
      }
    });
  });
  return extra.flatMap((draft) => resolve(draft, input));
}

/** Unwaived before waived, errors first, then by position in the file. */
export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      Number(a.waived !== null) - Number(b.waived !== null) ||
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      compareStrings(a.location.file, b.location.file) ||
      a.location.line - b.location.line ||
      a.location.column - b.location.column ||
      compareStrings(a.check, b.check),
  );
}
