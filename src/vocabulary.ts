/**
 * The closed vocabularies of SPEC §1. The JSON Schemas in `schemas/` spell them out for editors;
 * `__tests__/parity.test.ts` keeps the two in step.
 */
export const REGIONS = ['eu', 'uk', 'ch', 'us', 'ca', 'au', 'jp', 'sg', 'in', 'br', 'kr'] as const;
export type Region = (typeof REGIONS)[number];

// prettier-ignore
export const DATA_CATEGORIES = [
  'contact', 'credentials', 'identifiers', 'usage', 'content', 'financial', 'health', 'biometric',
  'location', 'children', 'special',
] as const;
export type DataCategory = (typeof DATA_CATEGORIES)[number];

export const AGREEMENTS = ['dpa', 'baa'] as const;
export type Agreement = (typeof AGREEMENTS)[number];

// prettier-ignore
export const CERTIFICATIONS = [
  'soc2-type1', 'soc2-type2', 'iso27001', 'iso27017', 'iso27018', 'iso27701', 'pci-dss', 'hitrust',
  'dpf',
] as const;
export type Certification = (typeof CERTIFICATIONS)[number];

export const FEATURES = ['sso', 'audit-logs', 'sla', 'dedicated-support', 'data-export'] as const;
export type Feature = (typeof FEATURES)[number];

export const AI_TRAINING_VALUES = ['none', 'opt-in', 'opt-out', 'yes'] as const;
export type AiTraining = (typeof AI_TRAINING_VALUES)[number];

export const TRANSFER_MECHANISMS = ['dpf', 'scc', 'uk-addendum', 'swiss-addendum'] as const;
export type TransferMechanism = (typeof TRANSFER_MECHANISMS)[number];

/** Severities a finding can have, strongest first. */
export const SEVERITIES = ['error', 'warning', 'notice'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** What `checks:` in a manifest may set a check to. */
export const SEVERITY_OVERRIDES = ['error', 'warning', 'notice', 'off'] as const;
export type SeverityOverride = (typeof SEVERITY_OVERRIDES)[number];

/** How strong a severity is: higher is stronger, `off` lowest. The one ranking every comparison uses. */
export const SEVERITY_RANK: Record<SeverityOverride, number> = { off: 0, notice: 1, warning: 2, error: 3 };

export const FAIL_ON_LEVELS = ['error', 'warning', 'notice', 'never'] as const;
export type FailOn = (typeof FAIL_ON_LEVELS)[number];

/** Fact keys a vendor rule may state (SPEC §2), and an assurance may stand in for. */
// prettier-ignore
export const FACT_KEYS = [
  'role', 'hosting.regions', 'hosting.region-options', 'hosting.providers',
  'hosting.processing-anywhere', 'hosting.region-fixed-at-creation', 'transfers.mechanisms',
  'dpa.plans', 'baa.plans', 'ai-training', 'retention.deletion-after-termination-days',
  'retention.account-data', 'retention.user-deletion', 'certifications', 'subprocessors',
  'subprocessors.notice-days', 'features',
] as const;
export type FactKey = (typeof FACT_KEYS)[number];
