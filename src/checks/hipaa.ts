import { defineArea, onPlan } from './types.js';
import { agreementAlternatives } from './alternatives.js';
import { planList } from './wording.js';

export const hipaa = defineArea({
  area: 'hipaa',
  checks: {
    'hipaa.baa-missing': {
      severity: 'error',
      description:
        'The service receives health data; a BAA is available on its plan (or it cannot be verified), and none is signed.',
      help: "Sign the vendor's Business Associate Agreement and add `baa` to the service's `agreements`.",
    },
    'hipaa.baa-plan': {
      severity: 'error',
      description: "The service receives health data; the vendor's BAA needs a plan the service is not on.",
      help: 'Move to the plan that includes a BAA and sign it, or stop sending health data to this vendor.',
    },
    'hipaa.baa-unavailable': {
      severity: 'error',
      description: 'The service receives health data and the vendor offers no BAA.',
      help: 'Stop sending protected health information to this vendor, or choose one that signs a BAA.',
    },
  },
  service(ctx) {
    const { service, loaded, name } = ctx;
    // Health data needs a BAA; so does a project that requires one of every processor.
    const needed =
      ctx.data.includes('health') || (ctx.requirements.agreements?.includes('baa') && ctx.data.length > 0);
    if (!needed || service.agreements?.includes('baa')) return;
    const why = ctx.data.includes('health')
      ? 'This service receives health data, which needs a signed BAA'
      : 'A BAA is required';
    const fact = ctx.fact('baa.plans');
    const plan = service.plan;
    if (fact.known && fact.value === 'none') {
      ctx.report('hipaa.baa-unavailable', {
        facts: [fact],
        message: `${why}, and ${name} offers no BAA on any plan.`,
        remediation: `Stop sending protected health information to ${name}, or choose a vendor that signs a BAA.${agreementAlternatives(ctx.catalogue, loaded.rule, 'baa')}`,
      });
      return;
    }
    const offered = fact.known ? onPlan(fact.value!, plan) : undefined;
    if (offered === false && Array.isArray(fact.value)) {
      ctx.report('hipaa.baa-plan', {
        facts: [fact],
        message: `${why}; ${name} offers a BAA only on the ${planList(fact.value)}, and this service is on ${plan}.`,
        remediation: `Move this service to the ${planList(fact.value)} and sign ${name}'s BAA, or stop sending health data to it.`,
      });
      return;
    }
    ctx.report('hipaa.baa-missing', {
      facts: [fact],
      message:
        offered === true
          ? `${why}; ${name} offers one on the ${plan ?? 'current'} plan, but none is recorded as signed.`
          : `${why}; none is recorded as signed, and whether ${name} offers a BAA on the ${plan ?? 'current'} plan cannot be verified.`,
      remediation: `Sign ${name}'s BAA and add baa to this service's agreements.`,
    });
  },
});
