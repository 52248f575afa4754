import type { Catalogue } from '../catalogue/catalogue.js';
import type { FactValues, LoadedRule, PlanAvailability, PlanList } from '../catalogue/types.js';
import type { Requirements, Service } from '../manifest/types.js';
import type { Location } from '../source/location.js';
import type { YamlPath } from '../source/yaml-source.js';
import type { DataCategory, FactKey, Severity } from '../vocabulary.js';

/** Check areas, in the order the report's table shows them. */
export const AREAS = [
  'vendor',
  'residency',
  'agreements',
  'hipaa',
  'ai-training',
  'retention',
  'certifications',
  'subprocessors',
  'features',
  'rules',
  'inventory',
  'waiver',
  'policy',
] as const;
export type Area = (typeof AREAS)[number];

/** Plain data about one check id, like an ESLint rule's `meta`. */
export interface CheckMeta {
  id: string;
  area: Area;
  /** One line: when the check reports. */
  description: string;
  /** Severity before `checks:` overrides; `unknown-vendors` means "from requirements.unknown-vendors". */
  severity: Severity | 'unknown-vendors';
  /** What to do about it, in general terms (SARIF help, docs). */
  help: string;
}

/** One fact as a finding used it: what it said, how sure we are of it, and where it comes from. */
export interface Evidence {
  fact: string;
  value: unknown;
  /** `assurance`: the project's own recorded commitment; `absent`: the rule says nothing. */
  status: 'confirmed' | 'unclear' | 'absent' | 'assurance';
  source: string | null;
  quote: string | null;
  verified: string | null;
  note?: string;
}

/** A fact as a check reads it: `known` only for a confirmed fact or a recorded assurance. */
export interface FactReading<T> {
  known: boolean;
  value: T | undefined;
  evidence: Evidence;
}

/** Where a finding points: a path into the manifest, or a location in another file (a dependency line). */
export type FindingTarget = { path: YamlPath } | { location: Location };

/** A finding as a check produces it, before severity, waivers and location are applied. */
export interface FindingDraft {
  check: string;
  /** Index into `services`, or undefined for findings about no single service. */
  service?: number;
  vendor?: string;
  message: string;
  remediation: string;
  evidence: Evidence[];
  at: FindingTarget;
}

/** Everything a check may look at for one declared service. Checks are pure: no I/O. */
export interface ServiceContext {
  index: number;
  service: Service;
  loaded: LoadedRule;
  requirements: Requirements;
  /** The categories this service receives: its own `data`, else all of `requirements.data`. */
  data: DataCategory[];
  today: string;
  /** The whole catalogue, read-only: for remediations that name alternatives. */
  catalogue: Catalogue;
  fact<K extends FactKey>(key: K): FactReading<FactValues[K]>;
}

/** A group of related checks evaluated together, because one decision picks among their ids. */
export interface CheckArea {
  area: Area;
  checks: CheckMeta[];
  evaluate(context: ServiceContext): FindingDraft[];
}

/** True/false when the plan list decides it; undefined when we do not know the service's plan. */
export function onPlan(plans: PlanList | PlanAvailability, plan: string | undefined): boolean | undefined {
  if (plans === 'all') return true;
  if (plans === 'none') return false;
  if (plan === undefined) return undefined;
  return plans.includes(plan);
}

/** What every finding about one service shares: which service, its vendor, the evidence, and where it points. */
export function aboutService(
  context: ServiceContext,
  evidence: Evidence[],
  field: 'vendor' | 'plan' | 'region' = 'vendor',
): Pick<FindingDraft, 'service' | 'vendor' | 'evidence' | 'at'> {
  return {
    service: context.index,
    vendor: context.loaded.rule.id,
    evidence,
    at: { path: ['services', context.index, field] },
  };
}
