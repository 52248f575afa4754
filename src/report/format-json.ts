import type { Rendered } from '../outcome.js';

/**
 * The report as JSON (SPEC §4); a run that could not be evaluated is
 * `{"result": "error", "errors": [{message, location}]}`.
 */
export function formatJson(outcome: Rendered): string {
  const body = outcome.kind === 'report' ? outcome.report : { result: 'error', errors: outcome.errors };
  return `${JSON.stringify(body, null, 2)}\n`;
}
