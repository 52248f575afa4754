import type { Region } from '../vocabulary.js';
import { defineArea, onPlan, type Evidence, type FactReading, type ServiceContext } from './types.js';
import { orList, planList, regionName } from './wording.js';

/**
 * What a service says about itself (a signed agreement, a chosen region, an opt-out) is checked
 * against the vendor's confirmed facts on the service's plan: one word in the manifest must not
 * override a cited fact. A recorded assurance for the fact stands in for it (`ctx.fact` reads it),
 * so an assurance whose value allows the claim settles it. Where a claim is contradicted, the check
 * that trusts it (hipaa, agreements, residency) stays silent for that item: one finding, not two.
 */
export const claims = defineArea({
  area: 'claims',
  checks: {
    'claims.contradicted': {
      severity: 'error',
      description:
        "A service claims something the vendor's confirmed facts rule out on its plan: a signed DPA or BAA the plan does not offer, a region the plan does not offer, an AI-training opt-out the vendor does not allow.",
      help: 'Correct the claim (move to the plan that offers it, pick an offered region), or record an assurance for the fact, with its evidence, when the vendor granted it to you in writing.',
    },
  },
  service(ctx) {
    const { service, name } = ctx;
    service.agreements?.forEach((agreement, index) => {
      const fact = ctx.fact(agreement === 'dpa' ? 'dpa.plans' : 'baa.plans');
      if (!fact.known || onPlan(fact.value!, service.plan) !== false) return;
      const what = agreement.toUpperCase();
      const plans = Array.isArray(fact.value) ? fact.value : [];
      ctx.report('claims.contradicted', {
        facts: [fact],
        field: ['agreements', index],
        message: `This service records a signed ${what}, but ${name} offers ${
          plans.length > 0 ? `a ${what} only on the ${planList(plans)}` : `no ${what} on any plan`
        }${plans.length > 0 ? `, and this service is on ${service.plan ?? 'no stated plan'}` : ''} (${cite(fact.evidence)}).`,
        remediation:
          plans.length > 0
            ? `Move this service to the ${planList(plans)} and sign ${name}'s ${what} there, or, if ${name} signed one with you on ${service.plan ?? 'your plan'}, record it as an assurance (fact: ${fact.evidence.fact}, value: [${service.plan ?? '<plan>'}]) with its evidence.`
            : `Remove ${agreement} from this service's agreements; if ${name} signed a ${what} with you, record it as an assurance (fact: ${fact.evidence.fact}) with its evidence.`,
      });
    });
    const region = contradictedRegion(ctx);
    if (region) {
      ctx.report('claims.contradicted', {
        facts: region.facts,
        field: 'region',
        message: `This service says region: ${service.region}, but ${name} ${region.offers} (${region.facts.map((f) => cite(f.evidence)).join('; ')}).`,
        remediation: region.remediation,
      });
    }
    service['opted-out']?.forEach((setting, index) => {
      if (setting !== 'ai-training') return;
      const fact = ctx.fact('ai-training');
      if (!fact.known || fact.value !== 'yes') return;
      ctx.report('claims.contradicted', {
        facts: [fact],
        field: ['opted-out', index],
        message: `This service records an opt-out of AI training, but ${name} trains AI on customer data and offers no opt-out (${cite(fact.evidence)}).`,
        remediation: `Remove ai-training from this service's opted-out list; if ${name} agreed in writing not to train on your data, record it as an assurance (fact: ai-training, value: none) with its evidence.`,
      });
    });
  },
});

/** How a fact is cited in a message: its value, where it comes from, and the quote. */
function cite(evidence: Evidence): string {
  const said = evidence.status === 'assurance' ? 'your recorded assurance' : (evidence.source ?? 'its rule');
  return `${evidence.fact}: ${JSON.stringify(evidence.value)}, ${said}${evidence.quote ? `: "${evidence.quote}"` : ''}`;
}

/**
 * The service's `region` when the vendor's confirmed facts rule it out on the service's plan (not a
 * default region, not an option on the plan), with what the vendor does offer. Unknown facts never
 * contradict. An option granted only on request is on the plan: residency asks for the grant.
 */
export function contradictedRegion(
  ctx: Pick<ServiceContext, 'service' | 'name' | 'fact'>,
): { offers: string; remediation: string; facts: FactReading<unknown>[] } | undefined {
  const { service, name } = ctx;
  const region = service.region;
  if (region === undefined) return undefined;
  const defaults = ctx.fact('hosting.regions');
  const options = ctx.fact('hosting.region-options');
  if (!defaults.known || !options.known) return undefined;
  if ((defaults.value ?? []).includes(region)) return undefined;
  const offered = options.value ?? [];
  if (offered.some((o) => o.region === region && onPlan(o.plans, service.plan) !== false)) return undefined;
  const elsewhere = offered.filter((o) => o.region === region);
  const plans = [...new Set(elsewhere.flatMap((o) => (o.plans === 'all' ? [] : o.plans)))];
  const onThisPlan: Region[] = [
    ...(defaults.value ?? []),
    ...offered.filter((o) => onPlan(o.plans, service.plan) !== false).map((o) => o.region),
  ];
  const choices = [...new Set(onThisPlan)];
  return {
    facts: [defaults, options],
    offers:
      plans.length > 0
        ? `offers ${regionName(region)} only on the ${planList(plans)}, and this service is on ${service.plan ?? 'no stated plan'}`
        : `offers no ${regionName(region)} region${choices.length > 0 ? ` (it offers ${orList(choices)})` : ''}`,
    remediation:
      plans.length > 0
        ? `Move this service to the ${planList(plans)} and select ${region} there, or set region to what the service really uses${choices.length > 0 ? ` (${orList(choices)})` : ''}.`
        : `Set region to the region the service really uses${choices.length > 0 ? ` (${orList(choices)})` : ''}; if ${name} granted you ${region} in writing, record it as an assurance (fact: hosting.regions, value: [${region}]) with its evidence.`,
  };
}
