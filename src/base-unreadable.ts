import type { FindingDraft } from './checks/types.js';
import { fileStart } from './source/config-error.js';

/**
 * The base branch has a manifest that could not be read (an API outage, a timeout): nothing can be
 * compared, so that is itself a `policy.weakened` finding at the manifest, at that check's
 * severity. An outage must not turn a failing gate into a pass (SPEC §7.6, issue 11).
 */
export function unreadableBaseFinding(
  manifestFile: string,
  base: { unreadable: string; label: string },
): FindingDraft {
  return {
    check: 'policy.weakened',
    evidence: [],
    at: { location: fileStart(manifestFile) },
    message: `The base branch's manifest (${base.label}) could not be read (${base.unreadable}), so this pull request's changes to the requirements could not be compared with it.`,
    remediation:
      'Re-run the job once the GitHub API answers again (or check out the history with fetch-depth: 0 so the base is read with git).',
  };
}
