import type { ConfigError } from '../source/config-error.js';
import type { Report } from './report.js';

export function formatJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** SPEC §6: with `--format json`, a run that could not be evaluated still prints JSON. */
export function formatJsonConfigErrors(errors: ConfigError[]): string {
  return `${JSON.stringify({ result: 'error', errors }, null, 2)}\n`;
}
