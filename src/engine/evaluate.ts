import { compareStrings } from '../compare.js';
import type { Catalogue } from '../catalogue/catalogue.js';
import { CHECK_AREAS, CHECKS, type CheckId } from '../checks/registry.js';
import type { FindingDraft, FindingTarget, Gathered, Said, WaiverUse } from '../checks/types.js';
import type { Manifest } from '../manifest/types.js';
import type { Location } from '../source/location.js';
import { locate, type YamlPath, type YamlSource } from '../source/yaml-source.js';
import { SEVERITY_RANK, type FactKey, type Severity, type SeverityOverride } from '../vocabulary.js';
import { readFact, uncataloguedRule } from './facts.js';
import type { Finding } from './finding.js';

export interface EvaluationInput {
  /** The manifest in force (with an outside policy applied). */
  manifest: Manifest;
  /** The manifest as written, when a policy changed it; `manifest` otherwise. */
  head?: Manifest;
  source: YamlSource;
  catalogue: Catalogue;
  today: string;
  /** What was gathered from outside the manifest: the scan's vendors, the base manifest. */
  gathered?: Gathered;
}

/**
 * Run every area's checks, then decide severities, apply waivers and order the findings. The checks
 * say what they found; everything else about a finding is decided here. Pure: no I/O.
 */
export function evaluate(input: EvaluationInput): Finding[] {
  const { manifest, catalogue } = input;
  const drafts: FindingDraft<CheckId>[] = [];
  const report = (check: CheckId, draft: Omit<FindingDraft, 'check'>) => drafts.push({ check, ...draft });
  manifest.services.forEach((service, index) => {
    const resolved = catalogue.resolve(service.vendor);
    const at = (field: string | YamlPath = 'vendor') => ({
      path: ['services', index, ...(typeof field === 'string' ? [field] : field)],
    });
    if (!resolved) {
      for (const area of CHECK_AREAS) {
        area.uncatalogued?.({
          index,
          service,
          catalogue,
          report: (check, said: Said) =>
            report(check as CheckId, {
              ...said,
              service: index,
              vendor: service.vendor,
              evidence: [],
              at: at(),
            }),
        });
      }
    }
    // An uncatalogued vendor is a vendor whose every fact is unknown: every requirement's check
    // still runs on it and answers "cannot verify", never pass (SPEC §7.3).
    const loaded = resolved ?? uncataloguedRule(service.vendor);
    const context = {
      index,
      service,
      loaded,
      catalogued: resolved !== undefined,
      name: loaded.rule.name,
      requirements: manifest.requirements,
      data: service.data ?? manifest.requirements.data,
      today: input.today,
      catalogue,
      fact: <K extends FactKey>(key: K) => readFact(loaded, service, key),
    };
    for (const area of CHECK_AREAS) {
      area.service?.({
        ...context,
        report: (check, { facts = [], field, ...said }) =>
          report(check as CheckId, {
            ...said,
            service: index,
            vendor: resolved ? loaded.rule.id : service.vendor,
            evidence: facts.map((fact) => fact.evidence),
            at: at(field),
          }),
      });
    }
  });
  for (const area of CHECK_AREAS) {
    area.repository?.({
      manifest,
      head: input.head ?? manifest,
      catalogue,
      gathered: input.gathered ?? {},
      report: (check, { at, service, vendor, evidence = [], ...said }) =>
        report(check as CheckId, { ...said, service, vendor, evidence, at }),
    });
  }
  const findings = drafts.flatMap((draft) => resolve(draft, input));
  return sortFindings([...findings, ...applyWaivers(findings, input)]);
}

/** Decide a draft's severity (or drop it when its check is off) and turn its path into a location. */
function resolve(draft: FindingDraft<CheckId>, input: EvaluationInput): Finding[] {
  const severity = decidedSeverity(draft.check, input);
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
      location: where(draft.at, input),
      ...(draft.related ? { related: where(draft.related, input) } : {}),
      waived: null,
    },
  ];
}

/**
 * The base decides what may relax (issue 11): the head's `checks:` never lower policy.weakened
 * below the base branch's severity for it (an outside policy's is already a floor in the merged
 * manifest), nor below its default when the base could not be read. Otherwise `checks:` decide.
 */
function decidedSeverity(check: CheckId, input: EvaluationInput): Severity | SeverityOverride {
  const own = severityOf(check, input.manifest);
  if (check !== 'policy.weakened') return own;
  const { base, baseUnreadable, baseRules } = input.gathered ?? {};
  const floor = base
    ? severityOf(check, base.manifest)
    : baseUnreadable || baseRules
      ? severityOf(check, { ...input.manifest, checks: {} })
      : own;
  return SEVERITY_RANK[floor] > SEVERITY_RANK[own] ? floor : own;
}

function where(at: FindingTarget, input: EvaluationInput): Location {
  return 'location' in at ? at.location : locate(input.source, at.path);
}

/** A check's severity under a manifest: its `checks:` override, else the check's default. */
export function severityOf(check: CheckId, manifest: Manifest): Severity | SeverityOverride {
  const override = manifest.checks?.[check];
  if (override) return override;
  const meta = CHECKS.get(check);
  if (!meta) throw new Error(`finding for unregistered check ${check}`);
  return meta.severity === 'unknown-vendors'
    ? (manifest.requirements['unknown-vendors'] ?? 'warning')
    : meta.severity;
}

/**
 * Mark findings covered by a live waiver as waived (in place); the waiver area reports waivers that
 * expired (their findings stay unwaived) or match nothing. Returns those waiver findings.
 */
function applyWaivers(findings: Finding[], input: EvaluationInput): Finding[] {
  const uses: WaiverUse[] = [];
  input.manifest.services.forEach((service, index) => {
    service.waivers?.forEach((waiver, j) => {
      const covered = findings.filter(
        (f) => f.service === index && f.check === waiver.check && !f.check.startsWith('waiver.'),
      );
      const expired = waiver.expires < input.today;
      if (!expired)
        for (const finding of covered) finding.waived ??= { reason: waiver.reason, expires: waiver.expires };
      uses.push({
        service: index,
        vendor: service.vendor,
        index: j,
        waiver,
        covered: covered.length,
        expired,
      });
    });
  });
  const drafts: FindingDraft<CheckId>[] = [];
  for (const area of CHECK_AREAS) {
    area.waivers?.({
      uses,
      today: input.today,
      report: (check, { at, service, vendor, ...said }) =>
        drafts.push({ check: check as CheckId, ...said, service, vendor, evidence: [], at }),
    });
  }
  return drafts.flatMap((draft) => resolve(draft, input));
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
