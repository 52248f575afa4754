import { daysBetween } from '../dates.js';
import { defineArea } from './types.js';

/** Default for requirements.max-rule-age-days. */
export const DEFAULT_MAX_RULE_AGE_DAYS = 365;

export const rules = defineArea({
  area: 'rules',
  checks: {
    'rules.stale': {
      severity: 'warning',
      description: "The vendor rule's `verified` date is older than `max-rule-age-days`.",
      help: 'Upgrade Vendor Gate for a newer bundled rule, or override it with a local rule in the rules folder (`.github/vendor-rules/<id>.yml`) whose facts you re-checked; for a local rule, re-check its facts and update its verified date.',
    },
  },
  service(ctx) {
    if (!ctx.catalogued) return; // no rule, nothing to be stale: vendor.unknown reports it
    const { rule, file, origin } = ctx.loaded;
    const maxAge = ctx.requirements['max-rule-age-days'] ?? DEFAULT_MAX_RULE_AGE_DAYS;
    const age = daysBetween(rule.verified, ctx.today);
    if (age <= maxAge) return;
    ctx.report('rules.stale', {
      message: `${rule.name}'s facts were last verified on ${rule.verified}, ${age} days ago (limit ${maxAge}); they may have changed.`,
      // A bundled rule lives inside the installed package: editing it there is lost on the next install.
      remediation:
        origin === 'local'
          ? `Re-check ${file} against ${rule.name}'s current documents and update its verified date.`
          : `Upgrade Vendor Gate for a newer ${rule.name} rule, or override it: copy it to .github/vendor-rules/${rule.id}.yml in this repository (the rules folder), re-check its facts against ${rule.name}'s current documents and update its verified date.`,
    });
  },
});
