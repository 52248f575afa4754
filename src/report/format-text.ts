import type { Finding } from '../engine/finding.js';
import { formatConfigError, type ConfigError } from '../source/config-error.js';
import { describeStatus, showValue } from './evidence.js';
import type { Report } from './report.js';
import type { Rendered } from '../outcome.js';
import { inert } from './terminal.js';

/** Plain text for a terminal: the verdict first, then each finding with what to do and why. */
export function formatText(report: Report): string {
  const lines: string[] = [];
  const { counts } = report;
  lines.push(
    `vendor-gate: ${report.result.toUpperCase()} — ${inert(report.manifest)}: ${counts.error} error(s), ${counts.warning} warning(s), ${counts.notice} notice(s)` +
      (counts.waived > 0 ? `, ${counts.waived} waived` : ''),
  );
  for (const note of report.notes ?? []) lines.push(`note: ${inert(note)}`);
  const live = report.findings.filter((f) => f.waived === null);
  const waived = report.findings.filter((f) => f.waived !== null);
  for (const finding of live) lines.push('', ...describeFinding(finding));
  if (waived.length > 0) {
    lines.push('', 'Waived:');
    for (const finding of waived) {
      lines.push(
        `  ${inert(finding.check)} (${inert(String(finding.vendor))}) at ${where(finding)}: ${inert(finding.waived!.reason)} — expires ${inert(finding.waived!.expires)}`,
      );
    }
  }
  if (report.findings.length === 0) lines.push('', 'Every declared service meets the requirements.');
  return `${lines.join('\n')}\n`;
}

function where(finding: Finding): string {
  return `${inert(finding.location.file)}:${finding.location.line}:${finding.location.column}`;
}

function describeFinding(finding: Finding): string[] {
  const lines = [
    `${finding.severity.padEnd(7)} ${inert(finding.check)}  ${where(finding)}${finding.vendor ? `  (${inert(finding.vendor)})` : ''}`,
  ];
  lines.push(`  ${inert(finding.message)}`);
  lines.push(`  Fix: ${inert(finding.remediation)}`);
  for (const e of finding.evidence) {
    lines.push(
      `  Evidence: ${inert(e.fact)} = ${inert(showValue(e.value))} (${inert(describeStatus(e))})${e.source ? ` — ${inert(e.source)}` : ''}`,
    );
    if (e.quote) lines.push(`    "${inert(e.quote)}"`);
    if (e.note && e.status !== 'confirmed') lines.push(`    ${inert(e.note)}`);
  }
  return lines;
}

export function formatTextConfigErrors(errors: ConfigError[]): string {
  return `${errors.map((e) => `error: ${inert(formatConfigError(e))}`).join('\n')}\nvendor-gate: could not evaluate (${errors.length} configuration error${errors.length === 1 ? '' : 's'})\n`;
}

/** The terminal text of an outcome: the report, or its configuration errors. */
export function renderText(outcome: Rendered): string {
  return outcome.kind === 'report' ? formatText(outcome.report) : formatTextConfigErrors(outcome.errors);
}
