import { aiTrainingAlternatives } from './alternatives.js';
import { aboutService, type CheckArea, type FindingDraft, type ServiceContext } from './types.js';

export const aiTraining: CheckArea = {
  area: 'ai-training',
  checks: [
    {
      id: 'ai-training.vendor-trains',
      area: 'ai-training',
      severity: 'error',
      description: 'AI training is forbidden and the vendor trains AI on customer data.',
      help: 'Choose a vendor that commits not to train on customer data, or obtain a written commitment and record it as an assurance.',
    },
    {
      id: 'ai-training.opt-out-required',
      area: 'ai-training',
      severity: 'error',
      description:
        'AI training is forbidden; the vendor trains unless the customer opts out, and the service has not recorded the opt-out.',
      help: "Opt out in the vendor's settings and add `ai-training` to the service's `opted-out`.",
    },
    {
      id: 'ai-training.unverified',
      area: 'ai-training',
      severity: 'warning',
      description:
        'AI training is forbidden; whether the vendor trains on customer data is unknown and no assurance is recorded.',
      help: 'Ask the vendor for a written no-training commitment and record it as an assurance (fact: ai-training, value: none).',
    },
  ],
  evaluate(ctx: ServiceContext): FindingDraft[] {
    const { service, loaded } = ctx;
    if (ctx.requirements['ai-training'] !== 'forbidden' || ctx.data.length === 0) return [];
    const name = loaded.rule.name;
    const fact = ctx.fact('ai-training');
    const base = aboutService(ctx, [fact.evidence]);
    if (!fact.known) {
      return [
        {
          ...base,
          check: 'ai-training.unverified',
          message: `AI training on users' data is forbidden, and cannot be verified for ${name}: its public documents make no commitment either way.`,
          remediation: `Ask ${name} for a written commitment not to train AI on your users' data, and record it as an assurance (fact: ai-training, value: none) with its evidence.`,
        },
      ];
    }
    if (fact.value === 'yes') {
      return [
        {
          ...base,
          check: 'ai-training.vendor-trains',
          message: `AI training on users' data is forbidden, and ${name} trains AI on customer data.`,
          remediation: `Stop sending personal data to ${name}, or obtain a contractual no-training commitment and record it as an assurance.${aiTrainingAlternatives(ctx.catalogue, loaded.rule)}`,
        },
      ];
    }
    if (fact.value === 'opt-out' && !service['opted-out']?.includes('ai-training')) {
      return [
        {
          ...base,
          check: 'ai-training.opt-out-required',
          message: `AI training on users' data is forbidden; ${name} trains on customer data unless you opt out, and this service has not recorded the opt-out.`,
          remediation: `Opt out of AI training in ${name}'s settings, then add ai-training to this service's opted-out list.`,
        },
      ];
    }
    return [];
  },
};
