import type { Catalogue } from '../catalogue/catalogue.js';
import type { FactValues, LoadedRule, PlanAvailability, PlanList } from '../catalogue/types.js';
import type { BaseRules } from '../gather/base-rules.js';
import type { CodeEvidence } from '../gather/code-evidence.js';
import type { DetectedVendor } from '../gather/vendors.js';
import type { Manifest, Requirements, Service, Waiver } from '../manifest/types.js';
import type { Location } from '../source/location.js';
import type { YamlPath } from '../source/yaml-source.js';
import type { DataCategory, FactKey, Severity } from '../vocabulary.js';

/** Check areas, in the order the report's table shows them; the registry holds one module per area. */
export const AREAS = [
  'vendor',
  'claims',
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

/** Plain data about one check, like an ESLint rule's `meta`; its id is its key in the area's `checks`. */
export interface CheckMeta {
  /** One line: when the check reports. */
  description: string;
  /** Severity before `checks:` overrides; `unknown-vendors` means "from requirements.unknown-vendors". */
  severity: Severity | 'unknown-vendors';
  /** What to do about it, in general terms (SARIF help, docs). */
  help: string;
}

/** A check's meta with its id and area, as the registry lists it. */
export interface RegisteredCheck extends CheckMeta {
  id: string;
  area: Area;
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

/** A finding as a check reports it, before severity, waivers and location are applied. */
export interface FindingDraft<Id extends string = string> {
  check: Id;
  /** Index into `services`, or undefined for findings about no single service. */
  service?: number;
  vendor?: string;
  message: string;
  remediation: string;
  evidence: Evidence[];
  at: FindingTarget;
  /** A second place the finding concerns (the manifest service of a signal found in code). */
  related?: FindingTarget;
}

/** What a check says; the context fills in the rest. */
export interface Said {
  message: string;
  remediation: string;
}

/** A report about one declared service: the context fills service, vendor, location and evidence. */
export interface ServiceReport extends Said {
  /** The facts the finding used; their evidence goes with it. */
  facts?: FactReading<unknown>[];
  /** The service's key the finding points at (default `vendor`), or a path inside the service (a list item). */
  field?: 'vendor' | 'plan' | 'region' | YamlPath;
}

/** A report about the repository or the manifest as a whole: it says where it points. */
export interface RepositoryReport extends Said {
  at: FindingTarget;
  /** A second place the finding concerns, e.g. the manifest service of a signal found in code. */
  related?: FindingTarget;
  service?: number;
  vendor?: string;
  /** What the finding rests on (a rule source it cites); none by default. */
  evidence?: Evidence[];
}

/**
 * Everything a check may look at for one declared service. Checks are pure: no I/O. A vendor no rule
 * describes gets a rule with no facts (`catalogued: false`), so every check answers "cannot verify".
 */
export interface ServiceContext<Id extends string = string> {
  index: number;
  service: Service;
  loaded: LoadedRule;
  /** False for a vendor no bundled or local rule describes: `loaded` is then an empty stand-in. */
  catalogued: boolean;
  /** The vendor's name, as its rule spells it for messages. */
  name: string;
  requirements: Requirements;
  /** The categories this service receives: its own `data`, else all of `requirements.data`. */
  data: DataCategory[];
  today: string;
  /** The whole catalogue, read-only: for remediations that name alternatives. */
  catalogue: Catalogue;
  fact<K extends FactKey>(key: K): FactReading<FactValues[K]>;
  report(check: Id, finding: ServiceReport): void;
}

/** A declared service whose vendor no rule describes. */
export interface UncataloguedContext<Id extends string = string> {
  index: number;
  service: Service;
  catalogue: Catalogue;
  report(check: Id, finding: Said): void;
}

/** What was gathered before evaluation, outside the manifest. */
export interface Gathered {
  /** Catalogued vendors the dependency scan found; undefined when the scan is off. */
  detected?: DetectedVendor[];
  /** Vendor hosts and region signals found in the repository's text files; undefined when the scan is off. */
  evidence?: CodeEvidence;
  /** The base branch's manifest (pull requests); undefined when there is none to compare with. */
  base?: { label: string; manifest: Manifest };
  /** The base branch has a manifest that could not be read (an API outage): nothing was compared. */
  baseUnreadable?: { label: string; reason: string; file: string };
  /** Local rule files compared with the base branch's (when it has a manifest). */
  baseRules?: BaseRules;
  /** Dependency and env files the scan listed but could not read, and why. */
  unreadable?: { file: string; reason: string }[];
}

/** The run as a whole: the manifest, the catalogue and what was gathered. */
export interface RepositoryContext<Id extends string = string> {
  /** The manifest in force: the head manifest, with an outside policy applied. */
  manifest: Manifest;
  /** The manifest as written in the repository, before any outside policy. */
  head: Manifest;
  catalogue: Catalogue;
  gathered: Gathered;
  report(check: Id, finding: RepositoryReport): void;
}

/** One waiver and the findings of its service and check. */
export interface WaiverUse {
  service: number;
  vendor: string;
  /** Index into the service's `waivers`. */
  index: number;
  waiver: Waiver;
  /** How many findings of its service and check it matches. */
  covered: number;
  /** Its `expires` date has passed: the findings it covered stay unwaived. */
  expired: boolean;
}

export interface WaiverContext<Id extends string = string> {
  uses: WaiverUse[];
  today: string;
  report(check: Id, finding: RepositoryReport): void;
}

/**
 * One area's checks: their meta, and the logic that reports them, like an ESLint rule's `meta` and
 * `create`. An area implements the scopes it needs; the engine calls each in turn.
 */
export interface CheckArea<A extends Area = Area, Id extends `${A}.${string}` = `${A}.${string}`> {
  area: A;
  checks: Record<Id, CheckMeta>;
  /** Once per declared service whose vendor has a rule. */
  service?(context: ServiceContext<Id>): void;
  /** Once per declared service whose vendor has no rule. */
  uncatalogued?(context: UncataloguedContext<Id>): void;
  /** Once per run, with what was gathered from the repository. */
  repository?(context: RepositoryContext<Id>): void;
  /** Once per run, after severities are decided, with every waiver and what it covers. */
  waivers?(context: WaiverContext<Id>): void;
}

/**
 * Declare an area. Its check ids must start with the area's name, and its contexts accept only its
 * own ids, so a typo in a reported id is a compile error (typescript-eslint's `createRule`).
 */
export function defineArea<const A extends Area, const Id extends `${A}.${string}`>(
  area: CheckArea<A, Id>,
): CheckArea<A, Id> {
  return area;
}

/** True/false when the plan list decides it; undefined when we do not know the service's plan. */
export function onPlan(plans: PlanList | PlanAvailability, plan: string | undefined): boolean | undefined {
  if (plans === 'all') return true;
  if (plans === 'none') return false;
  if (plan === undefined) return undefined;
  return plans.includes(plan);
}
