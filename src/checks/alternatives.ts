import { confirmedValue as confirmed, type Catalogue } from '../catalogue/catalogue.js';
import type { VendorRule } from '../catalogue/types.js';
import type { Region } from '../vocabulary.js';
import { orList, regionList } from './wording.js';

/** Alternatives are suggested only on confirmed facts. */
function sameCategory(catalogue: Catalogue, rule: VendorRule): VendorRule[] {
  return catalogue.rules.map((r) => r.rule).filter((r) => r.category === rule.category && r.id !== rule.id);
}

function describePlans(plans: 'all' | 'none' | string[]): string {
  return plans === 'all'
    ? 'all plans'
    : plans === 'none'
      ? 'no plan'
      : `${orList(plans)} plan${plans.length > 1 ? 's' : ''}`;
}

function sentence(lead: string, names: string[]): string {
  return names.length > 0 ? ` ${lead}: ${names.join('; ')}.` : '';
}

/** Catalogued vendors of the same category whose confirmed facts let them store data in an allowed region. */
export function residencyAlternatives(catalogue: Catalogue, rule: VendorRule, allowed: Region[]): string {
  const names = sameCategory(catalogue, rule).flatMap((other) => {
    const defaults = (confirmed(other, 'hosting.regions') ?? []).filter((r) => allowed.includes(r));
    const options = (confirmed(other, 'hosting.region-options') ?? []).filter((o) =>
      allowed.includes(o.region),
    );
    if (options.length > 0)
      return [`${other.name} (${options.map((o) => `${o.region} on ${describePlans(o.plans)}`).join(', ')})`];
    if (defaults.length > 0) return [`${other.name} (${defaults.join(', ')} by default)`];
    return [];
  });
  return sentence(`Catalogued ${rule.category} vendors that can store data in ${regionList(allowed)}`, names);
}

/** Catalogued vendors of the same category that confirm an agreement (DPA or BAA) on some plan. */
export function agreementAlternatives(
  catalogue: Catalogue,
  rule: VendorRule,
  agreement: 'dpa' | 'baa',
): string {
  const key = agreement === 'dpa' ? 'dpa.plans' : 'baa.plans';
  const names = sameCategory(catalogue, rule).flatMap((other) => {
    const plans = confirmed(other, key);
    return plans && plans !== 'none' ? [`${other.name} (${describePlans(plans)})`] : [];
  });
  return sentence(`Catalogued ${rule.category} vendors that offer a ${agreement.toUpperCase()}`, names);
}

/** Catalogued vendors of the same category that confirm they do not train on customer data (or only with consent). */
export function aiTrainingAlternatives(catalogue: Catalogue, rule: VendorRule): string {
  const names = sameCategory(catalogue, rule).flatMap((other) => {
    const value = confirmed(other, 'ai-training');
    return value === 'none' || value === 'opt-in' ? [`${other.name} (${value})`] : [];
  });
  return sentence(`Catalogued ${rule.category} vendors that do not train on customer data`, names);
}
