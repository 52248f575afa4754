import { fileStart } from '../source/config-error.js';
import { findRelaxations } from '../policy/relaxations.js';
import { defineArea } from './types.js';

export const policy = defineArea({
  area: 'policy',
  checks: {
    'policy.weakened': {
      severity: 'warning',
      description: "On a pull request, the head manifest's requirements are weaker than the base branch's.",
      help: 'Make sure the relaxation is intended and approved by whoever owns the policy.',
    },
  },
  /** Compare the manifest with the base branch's: each relaxation is a finding at its place in the head. */
  repository({ gathered: { base, baseUnreadable }, head, report }) {
    // An outage must not turn a failing gate into a pass (SPEC §7.6): an unreadable base is itself a finding.
    if (baseUnreadable)
      report('policy.weakened', {
        at: { location: fileStart(baseUnreadable.file) },
        message: `The base branch's manifest (${baseUnreadable.label}) could not be read (${baseUnreadable.reason}), so this pull request's changes to the requirements could not be compared with it.`,
        remediation:
          'Re-run the job once the GitHub API answers again (or check out the history with fetch-depth: 0 so the base is read with git).',
      });
    if (base)
      for (const relaxation of findRelaxations(base.manifest, head))
        report('policy.weakened', {
          at: { path: relaxation.path },
          message: `Compared with ${base.label}: ${relaxation.message}.`,
          remediation:
            "Make sure whoever owns these requirements has approved the relaxation; if it was not intended, restore the base branch's setting.",
        });
  },
});
