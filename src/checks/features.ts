import { aboutService, onPlan, type CheckArea, type FindingDraft, type ServiceContext } from './types.js';
import { planList } from './wording.js';

export const features: CheckArea = {
  area: 'features',
  checks: [
    {
      id: 'features.plan',
      area: 'features',
      severity: 'error',
      description: "A required feature is not on the service's plan (or cannot be verified).",
      help: 'Move to a plan that includes the feature, or record an assurance that it is provided.',
    },
  ],
  evaluate(ctx: ServiceContext): FindingDraft[] {
    const required = ctx.requirements.features ?? [];
    if (required.length === 0) return [];
    const { loaded, service } = ctx;
    const name = loaded.rule.name;
    const fact = ctx.fact('features');
    const findings: FindingDraft[] = [];
    for (const feature of required) {
      const plans = fact.known ? fact.value?.[feature] : undefined;
      if (plans !== undefined && onPlan(plans, service.plan) === true) continue;
      const base = {
        check: 'features.plan',
        ...aboutService(ctx, [fact.evidence], 'plan'),
      };
      if (plans === undefined) {
        findings.push({
          ...base,
          message: `Required feature ${feature} cannot be verified for ${name}: its rule does not say which plans include it.`,
          remediation: `Check whether ${name} provides ${feature} on the ${service.plan ?? 'current'} plan and record it as an assurance (fact: features).`,
        });
      } else {
        const list = plans === 'all' ? [] : plans;
        findings.push({
          ...base,
          message: `Required feature ${feature} is on ${name}'s ${planList(list)}, not on ${service.plan ?? 'an unstated plan'}.`,
          remediation: `Move this service to the ${planList(list)}.`,
        });
      }
    }
    return findings;
  },
};
