import { aiTrainingAlternatives } from './alternatives.js';
import { defineArea } from './types.js';

export const aiTraining = defineArea({
  area: 'ai-training',
  checks: {
    'ai-training.vendor-trains': {
      severity: 'error',
      description: 'AI training is forbidden and the vendor trains AI on customer data.',
      help: 'Choose a vendor that commits not to train on customer data, or obtain a written commitment and record it as an assurance.',
    },
    'ai-training.opt-out-required': {
      severity: 'error',
      description:
        'AI training is forbidden; the vendor trains unless the customer opts out, and the service has not recorded the opt-out.',
      help: "Opt out in the vendor's settings and add `ai-training` to the service's `opted-out`.",
    },
    'ai-training.unverified': {
      severity: 'warning',
      description:
        'AI training is forbidden; whether the vendor trains on customer data is unknown and no assurance is recorded.',
      help: 'Ask the vendor for a written no-training commitment and record it as an assurance (fact: ai-training, value: none).',
    },
  },
  service(ctx) {
    const { service, loaded, name } = ctx;
    if (ctx.requirements['ai-training'] !== 'forbidden' || ctx.data.length === 0) return;
    const fact = ctx.fact('ai-training');
    if (!fact.known) {
      ctx.report('ai-training.unverified', {
        facts: [fact],
        message: `AI training on users' data is forbidden, and cannot be verified for ${name}: its public documents make no commitment either way.`,
        remediation: `Ask ${name} for a written commitment not to train AI on your users' data, and record it as an assurance (fact: ai-training, value: none) with its evidence.`,
      });
    } else if (fact.value === 'yes') {
      ctx.report('ai-training.vendor-trains', {
        facts: [fact],
        message: `AI training on users' data is forbidden, and ${name} trains AI on customer data.`,
        remediation: `Stop sending personal data to ${name}, or obtain a contractual no-training commitment and record it as an assurance.${aiTrainingAlternatives(ctx.catalogue, loaded.rule)}`,
      });
    } else if (fact.value === 'opt-out' && !service['opted-out']?.includes('ai-training')) {
      ctx.report('ai-training.opt-out-required', {
        facts: [fact],
        message: `AI training on users' data is forbidden; ${name} trains on customer data unless you opt out, and this service has not recorded the opt-out.`,
        remediation: `Opt out of AI training in ${name}'s settings, then add ai-training to this service's opted-out list.`,
      });
    }
  },
});
