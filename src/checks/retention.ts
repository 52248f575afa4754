import { defineArea } from './types.js';

export const retention = defineArea({
  area: 'retention',
  checks: {
    'retention.deletion-window': {
      severity: 'error',
      description: "The vendor's deletion window after termination exceeds `deletion-days`.",
      help: 'Negotiate a shorter deletion window and record it as an assurance, or relax deletion-days if your obligations allow.',
    },
    'retention.unverified': {
      severity: 'warning',
      description: "`deletion-days` is set and the vendor's deletion window is unknown.",
      help: 'Ask the vendor how soon after termination it deletes your data and record the answer as an assurance.',
    },
  },
  service(ctx) {
    const limit = ctx.requirements['deletion-days'];
    if (limit === undefined || ctx.data.length === 0) return;
    const { name } = ctx;
    const fact = ctx.fact('retention.deletion-after-termination-days');
    const must = `Data must be deleted within ${limit} days of termination`;
    if (!fact.known) {
      ctx.report('retention.unverified', {
        facts: [fact],
        message: `${must}; ${name}'s deletion window cannot be verified.`,
        remediation: `Ask ${name} how many days after termination it deletes your data and record it as an assurance (fact: retention.deletion-after-termination-days).`,
      });
    } else if (fact.value! > limit) {
      ctx.report('retention.deletion-window', {
        facts: [fact],
        message: `${must}; ${name} deletes it up to ${fact.value} days after the agreement ends.`,
        remediation: `Negotiate deletion within ${limit} days with ${name} and record it as an assurance, or plan for the ${fact.value}-day window if your obligations allow.`,
      });
    }
  },
});
