import { defineArea } from './types.js';
import { regionList } from './wording.js';

export const subprocessors = defineArea({
  area: 'subprocessors',
  checks: {
    'subprocessors.notice-period': {
      severity: 'error',
      description:
        "The vendor's notice before changing subprocessors is shorter than required (or cannot be verified).",
      help: 'Negotiate a longer notice period and record it as an assurance, or relax subprocessor-notice-days.',
    },
    'subprocessors.outside-allowed': {
      severity: 'warning',
      description: 'Transfers are forbidden and a listed subprocessor is in a region that is not allowed.',
      help: "Check whether the subprocessor receives your users' personal data; if so, obtain a commitment or choose another vendor.",
    },
  },
  service(ctx) {
    const { name, requirements } = ctx;
    const minimum = requirements['subprocessor-notice-days'];
    if (minimum !== undefined) {
      const fact = ctx.fact('subprocessors.notice-days');
      const record = `record it as an assurance (fact: subprocessors.notice-days)`;
      if (!fact.known || fact.value! < minimum) {
        ctx.report('subprocessors.notice-period', {
          facts: [fact],
          message: fact.known
            ? `Subprocessor changes need ${minimum} days' notice; ${name} gives ${fact.value}.`
            : `Subprocessor changes need ${minimum} days' notice; ${name}'s notice period cannot be verified.`,
          remediation: fact.known
            ? `Negotiate ${minimum} days' notice with ${name} and ${record}.`
            : `Ask ${name} how much notice it gives before changing subprocessors and ${record}.`,
        });
      }
    }
    const residency = requirements.residency;
    if (residency && (residency.transfers ?? 'forbidden') === 'forbidden' && ctx.data.length > 0) {
      const fact = ctx.fact('subprocessors');
      const outside = fact.known
        ? (fact.value ?? []).filter((s) => s.region !== undefined && !residency.regions.includes(s.region))
        : [];
      if (outside.length > 0) {
        ctx.report('subprocessors.outside-allowed', {
          facts: [fact],
          message: `${name} lists subprocessors outside ${regionList(residency.regions)}: ${outside.map((s) => `${s.name} (${s.region})`).join(', ')}.`,
          remediation: `Check which of ${name}'s subprocessors receive your users' data; transfers are forbidden, so each one outside ${regionList(residency.regions)} needs an approval or a waiver.`,
        });
      }
    }
  },
});
