import { daysBetween } from '../dates.js';
import type { CheckArea, FindingDraft, ServiceContext } from './types.js';

/** Default for requirements.max-rule-age-days. */
export const DEFAULT_MAX_RULE_AGE_DAYS = 365;

export const rules: CheckArea = {
  area: 'rules',
  checks: [
    {
      id: 'rules.stale',
      area: 'rules',
      severity: 'warning',
      description: "The vendor rule's `verified` date is older than `max-rule-age-days`.",
      help: "Re-check the vendor's facts against its current documents and update the rule's verified date.",
    },
  ],
  evaluate(ctx: ServiceContext): FindingDraft[] {
    const { loaded, index } = ctx;
    const maxAge = ctx.requirements['max-rule-age-days'] ?? DEFAULT_MAX_RULE_AGE_DAYS;
    const age = daysBetween(loaded.rule.verified, ctx.today);
    if (age <= maxAge) return [];
    return [
      {
        check: 'rules.stale',
        service: index,
        vendor: loaded.rule.id,
        evidence: [],
        at: { path: ['services', index, 'vendor'] },
        message: `${loaded.rule.name}'s facts were last verified on ${loaded.rule.verified}, ${age} days ago (limit ${maxAge}); they may have changed.`,
        remediation: `Re-check ${loaded.file} against ${loaded.rule.name}'s current documents and update its verified date.`,
      },
    ];
  },
};
