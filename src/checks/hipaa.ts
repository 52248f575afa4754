import { aboutService, onPlan, type CheckArea, type FindingDraft, type ServiceContext } from './types.js';
import { agreementAlternatives } from './alternatives.js';
import { planList } from './wording.js';

export const hipaa: CheckArea = {
  area: 'hipaa',
  checks: [
    {
      id: 'hipaa.baa-missing',
      area: 'hipaa',
      severity: 'error',
      description:
        'The service receives health data; a BAA is available on its plan (or it cannot be verified), and none is signed.',
      help: "Sign the vendor's Business Associate Agreement and add `baa` to the service's `agreements`.",
    },
    {
      id: 'hipaa.baa-plan',
      area: 'hipaa',
      severity: 'error',
      description: "The service receives health data; the vendor's BAA needs a plan the service is not on.",
      help: 'Move to the plan that includes a BAA and sign it, or stop sending health data to this vendor.',
    },
    {
      id: 'hipaa.baa-unavailable',
      area: 'hipaa',
      severity: 'error',
      description: 'The service receives health data and the vendor offers no BAA.',
      help: 'Stop sending protected health information to this vendor, or choose one that signs a BAA.',
    },
  ],
  evaluate(ctx: ServiceContext): FindingDraft[] {
    const { service, loaded } = ctx;
    // Health data needs a BAA; so does a project that requires one of every processor.
    const needed =
      ctx.data.includes('health') || (ctx.requirements.agreements?.includes('baa') && ctx.data.length > 0);
    if (!needed || service.agreements?.includes('baa')) return [];
    const name = loaded.rule.name;
    const why = ctx.data.includes('health')
      ? 'This service receives health data, which needs a signed BAA'
      : 'A BAA is required';
    const fact = ctx.fact('baa.plans');
    const base = aboutService(ctx, [fact.evidence]);
    const plan = service.plan;
    if (fact.known && fact.value === 'none') {
      return [
        {
          ...base,
          check: 'hipaa.baa-unavailable',
          message: `${why}, and ${name} offers no BAA on any plan.`,
          remediation: `Stop sending protected health information to ${name}, or choose a vendor that signs a BAA.${agreementAlternatives(ctx.catalogue, loaded.rule, 'baa')}`,
        },
      ];
    }
    const offered = fact.known ? onPlan(fact.value!, plan) : undefined;
    if (offered === false && Array.isArray(fact.value)) {
      return [
        {
          ...base,
          check: 'hipaa.baa-plan',
          message: `${why}; ${name} offers a BAA only on the ${planList(fact.value)}, and this service is on ${plan}.`,
          remediation: `Move this service to the ${planList(fact.value)} and sign ${name}'s BAA, or stop sending health data to it.`,
        },
      ];
    }
    return [
      {
        ...base,
        check: 'hipaa.baa-missing',
        message:
          offered === true
            ? `${why}; ${name} offers one on the ${plan ?? 'current'} plan, but none is recorded as signed.`
            : `${why}; none is recorded as signed, and whether ${name} offers a BAA on the ${plan ?? 'current'} plan cannot be verified.`,
        remediation: `Sign ${name}'s BAA and add baa to this service's agreements.`,
      },
    ];
  },
};
