import { defineArea } from './types.js';

export const waiver = defineArea({
  area: 'waiver',
  checks: {
    'waiver.expired': {
      severity: 'error',
      description: "A waiver's `expires` date has passed; the finding it covered is reported unwaived.",
      help: 'Resolve the finding, or renew the waiver with a new approval and expiry.',
    },
    'waiver.unused': {
      severity: 'notice',
      description: 'A waiver matches no finding.',
      help: 'Remove the waiver: what it covered no longer applies.',
    },
  },
  waivers(ctx) {
    for (const { service, vendor, index, waiver, covered, expired } of ctx.uses) {
      const path = ['services', service, 'waivers', index];
      if (covered === 0) {
        ctx.report('waiver.unused', {
          service,
          vendor,
          at: { path: [...path, 'check'] },
          message: `The waiver for ${waiver.check} on ${vendor} matches no finding${expired ? ` (and expired on ${waiver.expires})` : ''}.`,
          remediation: 'Remove the waiver: what it covered no longer applies.',
        });
      } else if (expired) {
        ctx.report('waiver.expired', {
          service,
          vendor,
          at: { path: [...path, 'expires'] },
          message: `The waiver for ${waiver.check} on ${vendor} expired on ${waiver.expires} ("${waiver.reason}"); the finding it covered is reported again.`,
          remediation:
            'Resolve the finding, or renew the waiver with a fresh approval and a new expiry date.',
        });
      }
    }
  },
});
