import type { DetectPatterns } from '../detect/types.js';
import type { YamlSource } from '../source/yaml-source.js';
import type {
  AiTraining,
  Certification,
  FactKey,
  Feature,
  Region,
  TransferMechanism,
} from '../vocabulary.js';

/** Plans on which something is available: every plan, or the listed ones. */
export type PlanList = 'all' | string[];
/** As PlanList, plus `none` for "on no plan". */
export type PlanAvailability = PlanList | 'none';

export interface RuleSource {
  url: string;
  title: string;
  kind?: 'primary' | 'secondary';
  date?: string;
}

/** The value each fact key carries (SPEC §2). */
export interface FactValues {
  role: 'processor' | 'controller';
  'hosting.regions': Region[];
  'hosting.region-options': { region: Region; plans: PlanList; 'on-request'?: boolean }[];
  'hosting.providers': string[];
  'hosting.processing-anywhere': boolean;
  'hosting.region-fixed-at-creation': boolean;
  'transfers.mechanisms': TransferMechanism[];
  'dpa.plans': PlanAvailability;
  'baa.plans': PlanAvailability;
  'ai-training': AiTraining;
  'retention.deletion-after-termination-days': number;
  'retention.account-data': string;
  'retention.user-deletion': boolean;
  certifications: Certification[];
  subprocessors: { name: string; region?: Region; purpose?: string }[];
  'subprocessors.notice-days': number;
  features: Partial<Record<Feature, PlanList>>;
}

export interface Fact<T = unknown> {
  value?: T;
  status: 'confirmed' | 'unclear';
  /** A key of the rule's `sources`. */
  source?: string;
  quote?: string;
  note?: string;
}

export type Facts = { [K in FactKey]?: Fact<FactValues[K]> };

/** Where a region signal's region applies: where the vendor stores the data, or where code runs. */
export type RegionSignalKind = 'storage' | 'processing';

/**
 * One `detect.regions` entry (SPEC §7.2): something in the repository that shows which of the
 * vendor's regions the app is configured for, cited like a fact. Exactly one of `host`,
 * `env-value` and `file-key` is present.
 */
export type RegionSignal = (
  | { host: string }
  | { 'env-value': { key: string; value: string } }
  | { 'file-key': { file: string; key: string; value: string } }
) & {
  region: Region;
  kind: RegionSignalKind;
  /** A key of the rule's `sources`. */
  source: string;
  quote?: string;
  note?: string;
};

export interface VendorRule {
  id: string;
  name: string;
  domain: string;
  aliases?: string[];
  category: string;
  verified: string;
  plans: string[];
  confusables?: { domain: string; name?: string; note: string }[];
  sources: Record<string, RuleSource>;
  facts: Facts;
  /**
   * Package and env patterns per ecosystem, the vendor's API hostnames (`*` = one or more labels),
   * and the signals that show which region the app is configured for.
   */
  detect?: DetectPatterns & { hosts?: string[]; regions?: RegionSignal[] };
}

/** A rule as loaded: where it came from, for the report and for locating errors. */
export interface LoadedRule {
  rule: VendorRule;
  origin: 'bundled' | 'local';
  /** Path as shown to the user: package-relative for bundled rules, workspace-relative for local ones. */
  file: string;
  /** The parsed file, for locating errors; bundled rules are validated at build time and have none. */
  source?: YamlSource;
  /** For a local rule with a bundled id: the bundled rule it replaces. */
  replaces?: string;
}
