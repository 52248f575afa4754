import type {
  Agreement,
  Certification,
  DataCategory,
  FactKey,
  Feature,
  Region,
  SeverityOverride,
} from '../vocabulary.js';
import type { CheckId } from '../checks/registry.js';

/**
 * The manifest's shape, written out by hand to match `schemas/vendor-gate.schema.json`;
 * `__tests__/schema-types.test.ts` checks the two agree on every key.
 */
export interface Requirements {
  data: DataCategory[];
  residency?: { regions: Region[]; transfers?: 'forbidden' | 'safeguarded' };
  agreements?: Agreement[];
  'ai-training'?: 'forbidden' | 'allowed';
  'deletion-days'?: number;
  certifications?: Certification[];
  'subprocessor-notice-days'?: number;
  features?: Feature[];
  'max-rule-age-days'?: number;
  'unknown-vendors'?: 'error' | 'warning';
}

/** `checks:` — a severity per check id (ids are checked when the file loads). */
export type CheckOverrides = Partial<Record<CheckId, SeverityOverride>>;

export interface Assurance {
  fact: FactKey;
  value: unknown;
  evidence: string;
}

export interface Waiver {
  check: string;
  reason: string;
  expires: string;
}

export interface Service {
  vendor: string;
  plan?: string;
  purpose?: string;
  data?: DataCategory[];
  region?: Region;
  agreements?: Agreement[];
  'opted-out'?: 'ai-training'[];
  assurances?: Assurance[];
  waivers?: Waiver[];
}

export interface Manifest {
  version: 1;
  requirements: Requirements;
  checks?: CheckOverrides;
  services: Service[];
}

/** A requirements file from outside the repository (input `policy`). */
export interface Policy {
  version?: 1;
  requirements: Requirements;
  checks?: CheckOverrides;
}
