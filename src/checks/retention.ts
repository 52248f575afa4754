import { aboutService, type CheckArea, type FindingDraft, type ServiceContext } from './types.js';

export const retention: CheckArea = {
  area: 'retention',
  checks: [
    {
      id: 'retention.deletion-window',
      area: 'retention',
      severity: 'error',
      description: "The vendor's deletion window after termination exceeds `deletion-days`.",
      help: 'Negotiate a shorter deletion window and record it as an assurance, or relax deletion-days if your obligations allow.',
    },
    {
      id: 'retention.unverified',
      area: 'retention',
      severity: 'warning',
      description: "`deletion-days` is set and the vendor's deletion window is unknown.",
      help: 'Ask the vendor how soon after termination it deletes your data and record the answer as an assurance.',
    },
  ],
  evaluate(ctx: ServiceContext): FindingDraft[] {
    const limit = ctx.requirements['deletion-days'];
    if (limit === undefined || ctx.data.length === 0) return [];
    const { loaded } = ctx;
    const name = loaded.rule.name;
    const fact = ctx.fact('retention.deletion-after-termination-days');
    const base = aboutService(ctx, [fact.evidence]);
    if (!fact.known) {
      return [
        {
          ...base,
          check: 'retention.unverified',
          message: `Data must be deleted within ${limit} days of termination; ${name}'s deletion window cannot be verified.`,
          remediation: `Ask ${name} how many days after termination it deletes your data and record it as an assurance (fact: retention.deletion-after-termination-days).`,
        },
      ];
    }
    if (fact.value! <= limit) return [];
    return [
      {
        ...base,
        check: 'retention.deletion-window',
        message: `Data must be deleted within ${limit} days of termination; ${name} deletes it up to ${fact.value} days after the agreement ends.`,
        remediation: `Negotiate deletion within ${limit} days with ${name} and record it as an assurance, or plan for the ${fact.value}-day window if your obligations allow.`,
      },
    ];
  },
};
