import type { Region, TransferMechanism } from '../vocabulary.js';
import {
  defineArea,
  onPlan,
  type CheckMeta,
  type FactReading,
  type ServiceContext,
  type ServiceReport,
} from './types.js';
import { residencyAlternatives } from './alternatives.js';
import { contradictedRegion } from './claims.js';
import { OBSERVED_REGION_CHECKS, reportObservedRegions } from './observed-region.js';
import { andList, orList, planList, regionList, regionName } from './wording.js';

/** Mechanisms that make a transfer out of each origin region lawful (SPEC §3). */
const MECHANISMS_FOR: Partial<Record<Region, TransferMechanism[]>> = {
  eu: ['dpf', 'scc'],
  uk: ['uk-addendum', 'dpf'],
  ch: ['swiss-addendum', 'dpf'],
};

const MECHANISM_NAMES: Record<TransferMechanism, string> = {
  dpf: 'the Data Privacy Framework',
  scc: 'Standard Contractual Clauses',
  'uk-addendum': 'the UK Addendum',
  'swiss-addendum': 'the Swiss Addendum',
};

const CHECKS = {
  'residency.outside-allowed': {
    severity: 'error',
    description:
      'Transfers are forbidden, and the vendor stores data outside the allowed regions with no allowed region the service can use.',
    help: 'Choose a vendor that can host in an allowed region, or record a waiver with the approval that allows the transfer.',
  },
  'residency.region-not-selected': {
    severity: 'error',
    description:
      "The vendor offers an allowed region on the service's plan, but the service's region is not one.",
    help: "Select an allowed region in the vendor's settings and record it as the service's `region`.",
  },
  'residency.region-plan': {
    severity: 'error',
    description: 'An allowed region exists only on plans the service is not on.',
    help: 'Move to a plan that offers an allowed region, then select it.',
  },
  'residency.processing-anywhere': {
    severity: 'warning',
    description:
      'Transfers are forbidden; storage is in an allowed region, but the vendor reserves the right to process data anywhere.',
    help: 'Ask the vendor for a written commitment to process only in the allowed regions, and record it as an assurance.',
  },
  'residency.unsafeguarded-transfer': {
    severity: 'error',
    description:
      'Transfers are safeguarded; data leaves the allowed regions and the vendor names no mechanism for them.',
    help: 'Sign a transfer mechanism with the vendor (SCCs, UK Addendum, Swiss Addendum) and record it as an assurance, or choose another vendor.',
  },
  'residency.transfer-safeguarded': {
    severity: 'notice',
    description: 'Transfers are safeguarded; data leaves the allowed regions under the named mechanisms.',
    help: 'Nothing to do; keep the transfer mechanism listed in your records of processing.',
  },
  'residency.unverified': {
    severity: 'warning',
    description: 'The hosting facts needed to decide residency are unknown.',
    help: "Ask the vendor where it stores data and record the answer as an assurance, or add the fact to the vendor's rule with a source.",
  },
  // Region evidence (SPEC §7.2): what the code configures, against what the manifest says.
  ...OBSERVED_REGION_CHECKS,
} satisfies Record<`residency.${string}`, CheckMeta>;
type ResidencyCheck = keyof typeof CHECKS;

/** What residency concludes for a service: at most one finding, the most useful one. */
type Verdict = ServiceReport & { check: ResidencyCheck };

export const residency = defineArea({
  area: 'residency',
  checks: CHECKS,
  service(ctx) {
    const verdict = decideResidency(ctx);
    if (verdict) ctx.report(verdict.check, verdict);
  },
  repository(ctx) {
    reportObservedRegions(ctx);
  },
});

function decideResidency(ctx: ServiceContext<ResidencyCheck>): Verdict | undefined {
  const residency = ctx.requirements.residency;
  if (!residency || ctx.data.length === 0) return undefined;
  // A region the catalogue rules out is claims.contradicted, at the claim: one finding, not two.
  if (contradictedRegion(ctx)) return undefined;
  const allowed = residency.regions;
  const transfers = residency.transfers ?? 'forbidden';
  const { service, loaded, name } = ctx;
  const plan = service.plan;
  const finding = (
    check: ResidencyCheck,
    message: string,
    remediation: string,
    facts: FactReading<unknown>[],
    field: 'vendor' | 'region' = 'vendor',
  ): Verdict => ({
    check,
    message,
    remediation,
    facts,
    field: service.region !== undefined && field === 'region' ? 'region' : 'vendor',
  });

  const defaults = ctx.fact('hosting.regions');
  const options = ctx.fact('hosting.region-options');
  const evidence: FactReading<unknown>[] = [defaults];
  if (!defaults.known) {
    return finding(
      'residency.unverified',
      `Cannot verify where ${name} stores data: its rule has no confirmed hosting regions. Required: ${regionList(allowed)}.`,
      `Ask ${name} where it stores your users' data and record the answer as an assurance (fact: hosting.regions), with its evidence.`,
      evidence,
    );
  }
  const defaultRegions = defaults.value ?? [];
  const offered = options.known ? (options.value ?? []) : [];
  // An option granted only on request (SPEC §7.5) counts once the grant is recorded as an assurance
  // (fact: hosting.regions, or hosting.region-options without on-request); until then it is not usable.
  const granted = (o: (typeof offered)[number]) =>
    !o['on-request'] || options.evidence.status === 'assurance';
  const onThisPlan = offered.filter((o) => onPlan(o.plans, plan) === true && granted(o)).map((o) => o.region);
  const onRequest = offered.filter(
    (o) => onPlan(o.plans, plan) === true && !granted(o) && residency.regions.includes(o.region),
  );
  const selectable = new Set<Region>([...defaultRegions, ...onThisPlan]);

  // Where the data is stored: the region the service chose, if the vendor offers it; else the default.
  let stored: Region[] = defaultRegions;
  let note = '';
  if (service.region !== undefined) {
    if (selectable.has(service.region)) stored = [service.region];
    else {
      const otherPlans = offered.find((o) => o.region === service.region);
      note = onRequest.some((o) => o.region === service.region)
        ? ` The manifest says region: ${service.region}, which ${name} grants only on request; no grant is recorded.`
        : otherPlans
          ? ` The manifest says region: ${service.region}, but ${name} offers ${regionName(service.region)} only on the ${planList(otherPlans.plans === 'all' ? [] : otherPlans.plans)}.`
          : ` The manifest says region: ${service.region}, but ${name}'s rule offers no such region.`;
    }
  }
  const outside = stored.filter((r) => !allowed.includes(r));

  if (outside.length === 0) {
    if (transfers !== 'forbidden') return undefined;
    const anywhere = ctx.fact('hosting.processing-anywhere');
    if (anywhere.known && anywhere.value === true) {
      return finding(
        'residency.processing-anywhere',
        `${name} stores this service's data in ${regionList(stored)}, but reserves the right to process it anywhere it or its subprocessors have facilities.`,
        `Ask ${name} for a written commitment to keep processing in ${regionList(allowed)} and record it as an assurance (fact: hosting.processing-anywhere, value: false).`,
        [...evidence, anywhere],
      );
    }
    return undefined;
  }

  if (!options.known) evidence.push(options);
  const allowedHere = [...selectable].filter((r) => allowed.includes(r));
  const allowedElsewhere = offered.filter(
    (o) => allowed.includes(o.region) && !allowedHere.includes(o.region),
  );
  const fixedAtCreation = ctx.fact('hosting.region-fixed-at-creation');
  const creationNote =
    fixedAtCreation.known && fixedAtCreation.value
      ? ` ${name} fixes the region when a project is created: create a new project in that region and migrate your data to it.`
      : '';
  if (fixedAtCreation.known && fixedAtCreation.value) evidence.push(fixedAtCreation);
  // A vendor with no default region (the customer picks one per project) lists them all as defaults.
  const stores =
    service.region === undefined && stored.length > 1
      ? `${name} stores data in the region chosen for the project (${regionList(stored)}), and this service does not say which; some of those are outside ${regionList(allowed)}.`
      : `${name} stores this service's data in ${regionList(stored, 'and')}, outside ${regionList(allowed)}.${note}`;

  const regionAdvice = (): Verdict | undefined => {
    if (allowedHere.length > 0) {
      return finding(
        'residency.region-not-selected',
        `${stores} ${name} offers ${regionList(allowedHere)} on the ${plan ?? 'current'} plan, but the service does not use it.`,
        `Select ${orList(allowedHere)} in ${name}'s settings and set region: ${allowedHere[0]} on this service.${creationNote}`,
        [...evidence, options],
        'region',
      );
    }
    if (onRequest.length > 0) {
      const regions = [...new Set(onRequest.map((o) => o.region))];
      return finding(
        'residency.region-plan',
        `${stores} ${name} offers ${regionList(regions)} on the ${plan ?? 'current'} plan only on request (through sales, to eligible accounts), and no grant is recorded.`,
        `Ask ${name} to grant ${orList(regions)} hosting, select it, and record the grant as an assurance (fact: hosting.regions, value: [${regions[0]}]) with its evidence (the order form or the vendor's confirmation).${creationNote}`,
        [...evidence, options],
        'region',
      );
    }
    if (allowedElsewhere.length > 0) {
      const plans = [...new Set(allowedElsewhere.flatMap((o) => (o.plans === 'all' ? [] : o.plans)))];
      return finding(
        'residency.region-plan',
        `${stores} ${name} offers ${regionList([...new Set(allowedElsewhere.map((o) => o.region))])} only on the ${planList(plans)}; this service is on ${plan ?? 'no stated plan'}.`,
        `Move this service to the ${planList(plans)} and select the region.${creationNote}${residencyAlternatives(ctx.catalogue, loaded.rule, allowed)}`,
        [...evidence, options],
      );
    }
    return undefined;
  };

  if (transfers === 'forbidden') {
    if (!options.known) {
      return finding(
        'residency.unverified',
        `${stores} Cannot verify whether ${name} offers a region in ${regionList(allowed)}: its rule has no confirmed region options.`,
        `Ask ${name} whether it can host in ${regionList(allowed)} and record the answer as an assurance (fact: hosting.region-options).`,
        evidence,
      );
    }
    return (
      regionAdvice() ??
      finding(
        'residency.outside-allowed',
        `${stores} ${name} offers no region in ${regionList(allowed)}, on any plan, and transfers are forbidden.`,
        `Use a vendor that can host in ${regionList(allowed)}, or, if a transfer has been approved, record a waiver with that approval and an expiry.${residencyAlternatives(ctx.catalogue, loaded.rule, allowed)}`,
        [...evidence, options],
      )
    );
  }

  // Safeguarded transfers: data may leave the allowed regions under a mechanism for each origin.
  const mechanisms = ctx.fact('transfers.mechanisms');
  const withMechanisms = [...evidence, mechanisms];
  if (!mechanisms.known) {
    return (
      regionAdvice() ??
      finding(
        'residency.unverified',
        `${stores} Cannot verify the transfer mechanism: ${name}'s rule has no confirmed transfers.mechanisms.`,
        `Ask ${name} which transfer mechanism covers your data (DPF, SCCs, UK/Swiss addenda) and record it as an assurance (fact: transfers.mechanisms).`,
        withMechanisms,
      )
    );
  }
  const have = mechanisms.value ?? [];
  const uncovered = allowed.filter((origin) => {
    const needed = MECHANISMS_FOR[origin];
    return needed !== undefined && !needed.some((m) => have.includes(m));
  });
  if (uncovered.length > 0) {
    return (
      regionAdvice() ??
      finding(
        'residency.unsafeguarded-transfer',
        `${stores} ${name} names no transfer mechanism for data from ${regionList(uncovered, 'and')}.`,
        `Sign a transfer mechanism with ${name} (${andList(uncovered.map((o) => orList((MECHANISMS_FOR[o] ?? []).map((m) => MECHANISM_NAMES[m]))))}) and record it as an assurance, or choose a vendor that hosts in ${regionList(allowed)}.`,
        withMechanisms,
      )
    );
  }
  const used = have.filter((m) => allowed.some((origin) => MECHANISMS_FOR[origin]?.includes(m)));
  const hint =
    allowedHere.length > 0
      ? ` ${name} also offers ${regionList(allowedHere)} on this plan, which would avoid the transfer.`
      : '';
  return finding(
    'residency.transfer-safeguarded',
    `${stores} The transfer is covered by ${andList(used.map((m) => MECHANISM_NAMES[m]))}.${hint}`,
    'Nothing to do: list this transfer and its mechanism in your records of processing.',
    withMechanisms,
  );
}
