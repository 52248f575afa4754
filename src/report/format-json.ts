import type { Rendered } from '../outcome.js';
import type { Report } from './report.js';

/**
 * The report as JSON (SPEC §4); a run that could not be evaluated is
 * `{"result": "error", "errors": [{message, location}]}`.
 */
export function formatJson(outcome: Rendered): string {
  const body =
    outcome.kind === 'report'
      ? withoutTableData(outcome.report)
      : { result: 'error', errors: outcome.errors };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** The report as SPEC §4 lists it: what only the markdown table uses stays out. */
function withoutTableData(report: Report): Omit<Report, 'asked'> {
  const rest: Omit<Report, 'asked'> & { asked?: unknown } = { ...report };
  delete rest.asked;
  return rest;
}
