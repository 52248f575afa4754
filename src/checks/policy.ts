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
  repository({ gathered: { base }, head, report }) {
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
