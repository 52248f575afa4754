import { daysBetween } from '../dates.js';
import { aboutService, type CheckArea, type FindingDraft, type ServiceContext } from './types.js';

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
    const { loaded } = ctx;
    const maxAge = ctx.requirements['max-rule-age-days'] ?? DEFAULT_MAX_RULE_AGE_DAYS;
    const age = daysBetween(loaded.rule.verified, ctx.today);
    if (age <= maxAge) return [];
    return [
      {
        check: 'rules.stale',
        ...aboutService(ctx, []),
        message: `${loaded.rule.name}'s facts were last verified on ${loaded.rule.verified}, ${age} days ago (limit ${maxAge}); they may have changed.`,
        remediation: `Re-check ${loaded.file} against ${loaded.rule.name}'s current documents and update its verified date.`,
      },
    ];
  },
};
