import { daysBetween } from '../dates.js';
import { defineArea } from './types.js';

/** How soon before its expiry a waiver is announced. */
const EXPIRING_WITHIN_DAYS = 30;

export const waiver = defineArea({
  area: 'waiver',
  checks: {
    'waiver.expired': {
      severity: 'error',
      description: "A waiver's `expires` date has passed; the finding it covered is reported unwaived.",
      help: 'Resolve the finding, or renew the waiver with a new approval and expiry.',
    },
    'waiver.expiring': {
      severity: 'notice',
      description: 'A waiver expires within 30 days; after that its finding fails the gate again.',
      help: 'Resolve the finding before the waiver expires, or renew it with a fresh approval and expiry.',
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
      } else if (!expired && daysBetween(ctx.today, waiver.expires) <= EXPIRING_WITHIN_DAYS) {
        ctx.report('waiver.expiring', {
          service,
          vendor,
          at: { path: [...path, 'expires'] },
          message: `The waiver for ${waiver.check} on ${vendor} expires on ${waiver.expires}, ${inDays(daysBetween(ctx.today, waiver.expires))} ("${waiver.reason}"); after that its finding fails the gate again.`,
          remediation:
            'Resolve the finding before then, or renew the waiver with a fresh approval and a new expiry date.',
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

function inDays(days: number): string {
  return days === 0 ? 'today (it holds through the day)' : days === 1 ? 'tomorrow' : `in ${days} days`;
}
