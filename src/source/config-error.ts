import type { Location } from './location.js';

/** A problem in a file the user wrote (manifest, policy, local rule): it stops the run with exit code 2. */
export interface ConfigError {
  message: string;
  location: Location;
}

/** At most this many errors are reported from one run (each becomes a line, an annotation, a SARIF result). */
export const MAX_CONFIG_ERRORS = 100;

/** Thrown to abandon a run on configuration errors; `main` turns it into output and exit code 2. */
export class ConfigErrors extends Error {
  readonly errors: ConfigError[];
  constructor(errors: ConfigError[]) {
    const capped =
      errors.length <= MAX_CONFIG_ERRORS
        ? errors
        : [
            ...errors.slice(0, MAX_CONFIG_ERRORS),
            {
              message: `${errors.length - MAX_CONFIG_ERRORS} more errors not shown; fix these first`,
              location: errors[MAX_CONFIG_ERRORS - 1]!.location,
            },
          ];
    super(capped.map(formatConfigError).join('\n'));
    this.errors = capped;
    this.name = 'ConfigErrors';
  }
}

export function formatConfigError(error: ConfigError): string {
  const { file, line, column } = error.location;
  return `${file}:${line}:${column}: ${error.message}`;
}

/** A location for a whole file, used when a problem has no better place (a missing file). */
export function fileStart(file: string): Location {
  return { file, line: 1, column: 1, endLine: 1, endColumn: 1 };
}
