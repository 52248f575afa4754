import { CHECKS } from '../checks/registry.js';
import { AREAS, type Area } from '../checks/types.js';
import type { Finding } from '../engine/finding.js';
import type { Rendered } from '../outcome.js';
import { formatConfigError, type ConfigError } from '../source/config-error.js';
import type { Severity } from '../vocabulary.js';
import { describeStatus, showValue } from './evidence.js';
import { code, inert, sourceLink, tableRow } from './markdown.js';
import type { Report } from './report.js';

const ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
/** Areas that make a table column: the rest (waivers, inventory, policy) appear only as findings. */
const TABLE_AREAS = AREAS.filter((a) => !['waiver', 'inventory', 'policy'].includes(a));

/**
 * Markdown for the job summary and the pull-request comment. Renders only; no I/O. Every string
 * from the repository goes through `inert` or `code`.
 */
export function formatMarkdown(outcome: Rendered): string {
  return outcome.kind === 'report' ? reportMarkdown(outcome.report) : configErrorsMarkdown(outcome.errors);
}

function configErrorsMarkdown(errors: ConfigError[]): string {
  return [
    `### ❌ **Vendor Gate could not evaluate**: ${errors.length} configuration error(s)`,
    '',
    ...errors.map((error) => `- ${inert(formatConfigError(error))}`),
    '',
  ].join('\n');
}

function reportMarkdown(report: Report): string {
  const { counts } = report;
  const out: string[] = [];
  const verdict = report.result === 'pass' ? '✅ **Vendor Gate passed**' : '❌ **Vendor Gate failed**';
  out.push(`### ${verdict} — ${code(report.manifest)}`, '');
  out.push(
    `${counts.error} error(s) · ${counts.warning} warning(s) · ${counts.notice} notice(s)${counts.waived > 0 ? ` · ${counts.waived} waived` : ''}`,
    '',
  );
  for (const note of report.notes ?? []) out.push(`> **Note:** ${inert(note)}`, '');
  if (report.services.length > 0) out.push(...servicesTable(report), '');
  const live = report.findings.filter((f) => f.waived === null);
  if (live.length > 0) {
    out.push('#### Findings', '');
    for (const finding of live) out.push(...describeFinding(finding), '');
  } else {
    out.push('Every declared service meets the requirements.', '');
  }
  const waived = report.findings.filter((f) => f.waived !== null);
  if (waived.length > 0) {
    out.push('#### Waived', '', '| Check | Vendor | Reason | Expires |', '| --- | --- | --- | --- |');
    for (const f of waived) {
      out.push(
        `| \`${f.check}\` | ${inert(f.vendor ?? '')} | ${inert(f.waived!.reason)} | ${inert(f.waived!.expires)} |`,
      );
    }
    out.push('');
  }
  return out.join('\n');
}

function servicesTable(report: Report): string[] {
  const header = ['Service', 'Plan', ...TABLE_AREAS];
  const rows = report.services.map((service, index) => {
    const own = report.findings.filter((f) => f.service === index && f.waived === null);
    const cells = TABLE_AREAS.map((area) => cellFor(own.filter((f) => areaOf(f) === area)));
    return [
      `${index + 1}. ${inert(service.vendor)}`,
      service.plan === null ? '—' : inert(service.plan),
      ...cells,
    ];
  });
  return [
    tableRow(header),
    tableRow(header.map(() => '---')),
    ...rows.map(tableRow),
    '',
    '✅ no finding · ❌ error · ⚠️ warning · ℹ️ notice',
  ];
}

function areaOf(finding: Finding): Area | undefined {
  return CHECKS.get(finding.check)?.area;
}

function cellFor(findings: Finding[]): string {
  for (const severity of ['error', 'warning', 'notice'] as const) {
    if (findings.some((f) => f.severity === severity)) return ICON[severity];
  }
  return '✅';
}

function describeFinding(finding: Finding): string[] {
  const { location } = finding;
  const lines = [
    `${ICON[finding.severity]} **\`${finding.check}\`**${finding.vendor ? ` — ${inert(finding.vendor)}` : ''} (${code(`${location.file}:${location.line}`)})`,
    '',
    inert(finding.message),
    '',
    `**Fix:** ${inert(finding.remediation)}`,
  ];
  if (finding.evidence.length > 0) {
    lines.push('', '<details><summary>Evidence</summary>', '');
    for (const e of finding.evidence) {
      const source = e.source ? ` — ${sourceLink('source', e.source)}` : '';
      lines.push(`- ${code(e.fact)} = ${code(showValue(e.value))} (${inert(describeStatus(e))})${source}`);
      if (e.quote) lines.push(`  > ${inert(e.quote)}`);
      if (e.note) lines.push('', `  ${inert(e.note)}`); // a blank line ends the quote above
    }
    lines.push('', '</details>');
  }
  return lines;
}
