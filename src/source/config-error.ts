import type { Location } from './location.js';

/** A problem in a file the user wrote (manifest, policy, local rule): it stops the run with exit code 2. */
export interface ConfigError {
  message: string;
  location: Location;
}

/** Thrown to abandon a run on configuration errors; `main` turns it into output and exit code 2. */
export class ConfigErrors extends Error {
  constructor(readonly errors: ConfigError[]) {
    super(errors.map(formatConfigError).join('\n'));
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
