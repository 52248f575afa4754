import { UsageError } from './options.js';
import type { Report } from './report/report.js';
import type { ConfigError } from './source/config-error.js';
import { OutsideWorkspaceError } from './workspace.js';

/** What a run produced: a report, or why it could not evaluate. Every output renders one of these. */
export type Outcome =
  | { kind: 'report'; report: Report }
  | { kind: 'config-error'; errors: ConfigError[] }
  /** Bad flags, inputs or paths: nothing in a file to point at. */
  | { kind: 'usage-error'; message: string }
  /** A bug of ours, not the user's. */
  | { kind: 'internal-error'; message: string };

/** What the formats render: a report, or the configuration errors that stopped the run. */
export type Rendered = Extract<Outcome, { kind: 'report' | 'config-error' }>;

/** The one place that maps an outcome to an exit status: 0 pass, 1 gate failed, 2 not evaluated. */
export function exitStatus(outcome: Outcome): 0 | 1 | 2 {
  if (outcome.kind !== 'report') return 2;
  return outcome.report.result === 'pass' ? 0 : 1;
}

/**
 * The one place an exception becomes an outcome (exit 2): bad input when it says so, else an
 * internal error. Configuration errors never arrive here: loaders return them as data.
 */
export function outcomeOfError(error: unknown): Outcome {
  const isParseArgs =
    error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
  if (error instanceof UsageError || error instanceof OutsideWorkspaceError || isParseArgs)
    return { kind: 'usage-error', message: (error as Error).message };
  return { kind: 'internal-error', message: error instanceof Error ? error.message : String(error) };
}

/** Run `work`, turning whatever it throws into its outcome. */
export async function settle(work: () => Promise<Outcome>): Promise<Outcome> {
  try {
    return await work();
  } catch (error) {
    return outcomeOfError(error);
  }
}
