import { fileStart } from '../source/config-error.js';
import { normaliseVendorName } from '../catalogue/catalogue.js';
import { findRelaxations, ruleFileRelaxations } from '../policy/relaxations.js';
import { defineArea } from './types.js';

export const policy = defineArea({
  area: 'policy',
  checks: {
    'policy.weakened': {
      severity: 'warning',
      description:
        "On a pull request, the manifest or local rules relax what the base branch had: requirements, checks, waivers, assurances, claims, a service's data, rule files.",
      help: 'Make sure the relaxation is intended and approved by whoever owns the policy.',
    },
  },
  /** Compare the manifest with the base branch's: each relaxation is a finding at its place in the head. */
  repository({ gathered: { base, baseUnreadable, baseRules }, head, catalogue, report }) {
    // An outage must not turn a failing gate into a pass (SPEC §7.6): an unreadable base is itself a finding.
    if (baseUnreadable)
      report('policy.weakened', {
        at: { location: fileStart(baseUnreadable.file) },
        message: `The base branch's manifest (${baseUnreadable.label}) could not be read (${baseUnreadable.reason}), so this pull request's changes to the requirements could not be compared with it.`,
        remediation:
          'Re-run the job once the GitHub API answers again (or check out the history with fetch-depth: 0 so the base is read with git).',
      });
    const remediation =
      "Make sure whoever owns these requirements has approved the relaxation; if it was not intended, restore the base branch's setting.";
    // Services are matched by the vendor they name, however spelt (clerk, clerk.com).
    const vendorKey = (vendor: string) => catalogue.resolve(vendor)?.rule.id ?? normaliseVendorName(vendor);
    if (base)
      for (const relaxation of findRelaxations(base.manifest, head, vendorKey))
        report('policy.weakened', {
          at: { path: relaxation.path },
          message: `Compared with ${base.label}: ${relaxation.message}.`,
          remediation,
        });
    if (baseRules?.unreadable)
      report('policy.weakened', {
        at: { location: fileStart(baseRules.unreadable.file) },
        message: `The base branch's rules folder (${baseRules.unreadable.label}) could not be read (${baseRules.unreadable.reason}), so this pull request's local rules could not be compared with it.`,
        remediation:
          'Re-run the job once the GitHub API answers again (or check out the history with fetch-depth: 0 so the base is read with git).',
      });
    for (const change of ruleFileRelaxations(baseRules?.changes ?? []))
      report('policy.weakened', {
        at: { location: change.location },
        message: `Compared with ${baseRules?.label ?? 'the base branch'}: ${change.message}.`,
        remediation:
          "Local rules decide the facts the gate checks: make sure each changed fact cites a source the reviewers accept; if the change was not intended, restore the base branch's rule file.",
      });
  },
});
