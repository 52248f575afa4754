import { aboutService, type CheckArea, type FindingDraft, type ServiceContext } from './types.js';
import { regionList } from './wording.js';

export const subprocessors: CheckArea = {
  area: 'subprocessors',
  checks: [
    {
      id: 'subprocessors.notice-period',
      area: 'subprocessors',
      severity: 'error',
      description:
        "The vendor's notice before changing subprocessors is shorter than required (or cannot be verified).",
      help: 'Negotiate a longer notice period and record it as an assurance, or relax subprocessor-notice-days.',
    },
    {
      id: 'subprocessors.outside-allowed',
      area: 'subprocessors',
      severity: 'warning',
      description: 'Transfers are forbidden and a listed subprocessor is in a region that is not allowed.',
      help: "Check whether the subprocessor receives your users' personal data; if so, obtain a commitment or choose another vendor.",
    },
  ],
  evaluate(ctx: ServiceContext): FindingDraft[] {
    const { loaded, requirements } = ctx;
    const name = loaded.rule.name;
    const findings: FindingDraft[] = [];
    const minimum = requirements['subprocessor-notice-days'];
    if (minimum !== undefined) {
      const fact = ctx.fact('subprocessors.notice-days');
      if (!fact.known || fact.value! < minimum) {
        findings.push({
          check: 'subprocessors.notice-period',
          ...aboutService(ctx, [fact.evidence]),
          message: fact.known
            ? `Subprocessor changes need ${minimum} days' notice; ${name} gives ${fact.value}.`
            : `Subprocessor changes need ${minimum} days' notice; ${name}'s notice period cannot be verified.`,
          remediation: fact.known
            ? `Negotiate ${minimum} days' notice with ${name} and record it as an assurance (fact: subprocessors.notice-days).`
            : `Ask ${name} how much notice it gives before changing subprocessors and record it as an assurance (fact: subprocessors.notice-days).`,
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
        findings.push({
          check: 'subprocessors.outside-allowed',
          ...aboutService(ctx, [fact.evidence]),
          message: `${name} lists subprocessors outside ${regionList(residency.regions)}: ${outside.map((s) => `${s.name} (${s.region})`).join(', ')}.`,
          remediation: `Check which of ${name}'s subprocessors receive your users' data; transfers are forbidden, so each one outside ${regionList(residency.regions)} needs an approval or a waiver.`,
        });
      }
    }
    return findings;
  },
};
