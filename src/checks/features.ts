import { defineArea, onPlan } from './types.js';
import { planList } from './wording.js';

export const features = defineArea({
  area: 'features',
  checks: {
    'features.plan': {
      severity: 'error',
      description: "A required feature is not on the service's plan (or cannot be verified).",
      help: 'Move to a plan that includes the feature, or record an assurance that it is provided.',
    },
  },
  service(ctx) {
    const { name, service } = ctx;
    const fact = ctx.fact('features');
    for (const feature of ctx.requirements.features ?? []) {
      const plans = fact.known ? fact.value?.[feature] : undefined;
      if (plans !== undefined && onPlan(plans, service.plan) === true) continue;
      const list = plans === 'all' ? [] : plans;
      ctx.report('features.plan', {
        facts: [fact],
        field: 'plan',
        ...(list === undefined
          ? {
              message: `Required feature ${feature} cannot be verified for ${name}: its rule does not say which plans include it.`,
              remediation: `Check whether ${name} provides ${feature} on the ${service.plan ?? 'current'} plan and record it as an assurance (fact: features).`,
            }
          : {
              message: `Required feature ${feature} is on ${name}'s ${planList(list)}, not on ${service.plan ?? 'an unstated plan'}.`,
              remediation: `Move this service to the ${planList(list)}.`,
            }),
      });
    }
  },
});
