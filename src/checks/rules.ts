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
      help: "Re-check the vendor's facts against its current documents and update the rule's verified date.",
    },
  },
  service(ctx) {
    const { rule, file } = ctx.loaded;
    const maxAge = ctx.requirements['max-rule-age-days'] ?? DEFAULT_MAX_RULE_AGE_DAYS;
    const age = daysBetween(rule.verified, ctx.today);
    if (age <= maxAge) return;
    ctx.report('rules.stale', {
      message: `${rule.name}'s facts were last verified on ${rule.verified}, ${age} days ago (limit ${maxAge}); they may have changed.`,
      remediation: `Re-check ${file} against ${rule.name}'s current documents and update its verified date.`,
    });
  },
});
