import { defineArea, onPlan } from './types.js';
import { agreementAlternatives } from './alternatives.js';
import { planList } from './wording.js';

export const agreements = defineArea({
  area: 'agreements',
  checks: {
    'agreements.dpa-missing': {
      severity: 'error',
      description:
        'A DPA is required; the vendor offers one on the plan (or it cannot be verified), and the service has not signed it.',
      help: "Sign the vendor's Data Processing Agreement and add `dpa` to the service's `agreements`.",
    },
    'agreements.dpa-unavailable': {
      severity: 'error',
      description: "A DPA is required and the vendor offers none on the service's plan.",
      help: 'Move to a plan that includes a DPA, negotiate one, or choose another vendor.',
    },
  },
  service(ctx) {
    const { service, loaded, name } = ctx;
    if (!ctx.requirements.agreements?.includes('dpa') || ctx.data.length === 0) return;
    if (service.agreements?.includes('dpa')) return;
    const fact = ctx.fact('dpa.plans');
    const plan = service.plan;
    const offered = fact.known ? onPlan(fact.value!, plan) : undefined;
    if (offered === false) {
      const plans = Array.isArray(fact.value) ? fact.value : [];
      ctx.report('agreements.dpa-unavailable', {
        facts: [fact],
        message:
          plans.length > 0
            ? `A DPA is required, and ${name} offers one only on the ${planList(plans)}; this service is on ${plan}.`
            : `A DPA is required, and ${name} offers none.`,
        remediation:
          plans.length > 0
            ? `Move this service to the ${planList(plans)} and sign ${name}'s DPA, or choose another vendor.`
            : `Choose a vendor that signs a DPA, or negotiate one with ${name} and record it in agreements.${agreementAlternatives(ctx.catalogue, loaded.rule, 'dpa')}`,
      });
      return;
    }
    ctx.report('agreements.dpa-missing', {
      facts: [fact],
      message:
        offered === true
          ? `A DPA is required; ${name} offers one on the ${plan ?? 'current'} plan, but this service has not recorded it as signed.`
          : `A DPA is required and this service has not recorded one as signed; whether ${name} offers a DPA on the ${plan ?? 'current'} plan cannot be verified.`,
      remediation: `Sign ${name}'s DPA and add dpa to this service's agreements.`,
    });
  },
});
