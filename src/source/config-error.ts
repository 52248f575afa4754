import type { Location } from './location.js';

/** A problem in a file the user wrote (manifest, policy, local rule): it stops the run with exit code 2. */
export interface ConfigError {
  message: string;
  location: Location;
}

/** What a loader returns: its value, or the located config errors that stop the run. Never thrown. */
export type Checked<T> = { ok: true; value: T } | { ok: false; errors: ConfigError[] };

export function valid<T>(value: T): Checked<T> {
  return { ok: true, value };
}

export function invalid<T = never>(errors: ConfigError[]): Checked<T> {
  return { ok: false, errors };
}

export function formatConfigError(error: ConfigError): string {
  const { file, line, column } = error.location;
  return `${file}:${line}:${column}: ${error.message}`;
}

/** A location for a whole file, used when a problem has no better place (a missing file). */
export function fileStart(file: string): Location {
  return { file, line: 1, column: 1, endLine: 1, endColumn: 1 };
}

/** At most this many errors are reported from one run (each becomes a line, an annotation, a SARIF result). */
export const MAX_CONFIG_ERRORS = 100;

/** The first MAX_CONFIG_ERRORS errors, and a last one saying how many more there were. */
export function capConfigErrors(errors: ConfigError[]): ConfigError[] {
  if (errors.length <= MAX_CONFIG_ERRORS) return errors;
  return [
    ...errors.slice(0, MAX_CONFIG_ERRORS),
    {
      message: `${errors.length - MAX_CONFIG_ERRORS} more errors not shown; fix these first`,
      location: errors[MAX_CONFIG_ERRORS - 1]!.location,
    },
  ];
}
