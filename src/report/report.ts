import type { Finding } from '../engine/finding.js';
import type { Manifest } from '../manifest/types.js';
import { SEVERITY_RANK, type FailOn } from '../vocabulary.js';

/** The one result model every output format renders (SPEC §4). */
export interface Report {
  tool: { name: string; version: string };
  manifest: string;
  result: 'pass' | 'fail';
  counts: { error: number; warning: number; notice: number; waived: number };
  services: { vendor: string; plan: string | null; status: 'pass' | 'warn' | 'fail' }[];
  findings: Finding[];
  /** Things the reader should know that are not findings, e.g. a local rule replacing a bundled one. */
  notes?: string[];
}

/** True when the finding makes the gate fail at this fail-on level. */
export function isBlocking(finding: Finding, failOn: FailOn): boolean {
  return (
    finding.waived === null && failOn !== 'never' && SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[failOn]
  );
}

export interface ReportInput {
  tool: { name: string; version: string };
  manifestFile: string;
  manifest: Manifest;
  /** Catalogue id of each service's vendor, where one resolved. */
  vendorIds: (string | undefined)[];
  findings: Finding[];
  failOn: FailOn;
  notes: string[];
}

export function buildReport(input: ReportInput): Report {
  const { findings, failOn } = input;
  const live = findings.filter((f) => f.waived === null);
  const counts = {
    error: live.filter((f) => f.severity === 'error').length,
    warning: live.filter((f) => f.severity === 'warning').length,
    notice: live.filter((f) => f.severity === 'notice').length,
    waived: findings.length - live.length,
  };
  const services = input.manifest.services.map((service, index) => {
    const own = live.filter((f) => f.service === index);
    const status = own.some((f) => isBlocking(f, failOn))
      ? 'fail'
      : own.some((f) => f.severity !== 'notice')
        ? 'warn'
        : 'pass';
    return { vendor: input.vendorIds[index] ?? service.vendor, plan: service.plan ?? null, status } as const;
  });
  return {
    tool: input.tool,
    manifest: input.manifestFile,
    result: findings.some((f) => isBlocking(f, failOn)) ? 'fail' : 'pass',
    counts,
    services,
    findings,
    ...(input.notes.length > 0 ? { notes: input.notes } : {}),
  };
}
