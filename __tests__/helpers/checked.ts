import type { Checked, ConfigError } from '../../src/source/config-error.js';

/** A loader's config errors, thrown so a test that expects a valid file fails loudly. */
export class Invalid extends Error {
  constructor(readonly errors: ConfigError[]) {
    super(errors.map((e) => `${e.location.line}:${e.location.column} ${e.message}`).join('\n'));
  }
}

/** The value a loader returned; its config errors thrown as `Invalid`. */
export function valueOf<T>(checked: Checked<T>): T {
  if (!checked.ok) throw new Invalid(checked.errors);
  return checked.value;
}

/** The config errors a loader returned (none when it loaded). */
export function errorsOf<T>(checked: Checked<T>): ConfigError[] {
  return checked.ok ? [] : checked.errors;
}
