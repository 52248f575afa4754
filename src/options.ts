import type { Surface } from './setting-names.js';
import type { FailOn } from './vocabulary.js';

/** Everything a run needs, from action inputs or CLI flags; paths are workspace-relative as given. */
export interface Options {
  workspace: string;
  manifest: string;
  rules: string;
  /** The rules folder was named explicitly, so its absence is an error rather than "no local rules". */
  rulesExplicit: boolean;
  policy?: string;
  failOn: FailOn;
  scan: boolean;
  scanIgnore: string[];
  today: string;
  /** Which entry point runs: messages name its flags (`--manifest`) or its inputs (`manifest`). Default: the action. */
  surface?: Surface;
}

/** Bad flags or inputs: no file to point at, but the run cannot go on (exit 2). */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const DEFAULT_MANIFEST = '.github/vendor-gate.yml';
export const DEFAULT_RULES = '.github/vendor-rules';
