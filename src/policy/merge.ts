import type { Manifest, Policy, Requirements } from '../manifest/types.js';
import { SEVERITY_RANK, type SeverityOverride } from '../vocabulary.js';
import { severityOf } from '../engine/evaluate.js';
import { findRelaxations } from './relaxations.js';

const union = <T>(a: T[] | undefined, b: T[] | undefined): T[] | undefined =>
  a || b ? [...new Set([...(a ?? []), ...(b ?? [])])] : undefined;
const min = (a: number | undefined, b: number | undefined) =>
  a === undefined ? b : b === undefined ? a : Math.min(a, b);
const max = (a: number | undefined, b: number | undefined) =>
  a === undefined ? b : b === undefined ? a : Math.max(a, b);

/**
 * The requirements that hold when an outside policy applies: for every key, the stricter of the
 * policy's and the manifest's. A manifest can add requirements; it cannot weaken the policy's.
 */
export function strictestRequirements(policy: Requirements, own: Requirements): Requirements {
  const residency =
    policy.residency && own.residency
      ? {
          // Only regions both allow; if they share none, the policy's list stands.
          regions: intersectOr(policy.residency.regions, own.residency.regions),
          transfers:
            policy.residency.transfers === 'safeguarded' && own.residency.transfers === 'safeguarded'
              ? ('safeguarded' as const)
              : ('forbidden' as const),
        }
      : (policy.residency ?? own.residency);
  const merged: Requirements = {
    data: union(policy.data, own.data)!,
    residency,
    agreements: union(policy.agreements, own.agreements),
    'ai-training':
      policy['ai-training'] === 'forbidden' || own['ai-training'] === 'forbidden'
        ? 'forbidden'
        : (policy['ai-training'] ?? own['ai-training']),
    'deletion-days': min(policy['deletion-days'], own['deletion-days']),
    certifications: union(policy.certifications, own.certifications),
    'subprocessor-notice-days': max(policy['subprocessor-notice-days'], own['subprocessor-notice-days']),
    features: union(policy.features, own.features),
    'max-rule-age-days': min(policy['max-rule-age-days'], own['max-rule-age-days']),
    'unknown-vendors':
      policy['unknown-vendors'] === 'error' || own['unknown-vendors'] === 'error'
        ? 'error'
        : (policy['unknown-vendors'] ?? own['unknown-vendors']),
  };
  return Object.fromEntries(
    Object.entries(merged).filter(([, v]) => v !== undefined),
  ) as unknown as Requirements;
}

function intersectOr<T>(policy: T[], own: T[]): T[] {
  const both = policy.filter((r) => own.includes(r));
  return both.length > 0 ? both : policy;
}

/**
 * Apply a policy to a manifest. Returns the effective manifest and, for the report, each place
 * where the manifest tried to be weaker than the policy (and was overruled).
 */
export function applyPolicy(
  manifest: Manifest,
  policy: Policy,
  policyFile: string,
): { manifest: Manifest; overruled: string[] } {
  const policyAsManifest: Manifest = {
    version: 1,
    requirements: policy.requirements,
    checks: policy.checks,
    services: [],
  };
  const checks: Record<string, SeverityOverride> = { ...manifest.checks };
  for (const [id, level] of Object.entries(policy.checks ?? {})) {
    const own = manifest.checks?.[id];
    if (!own || SEVERITY_RANK[own] < SEVERITY_RANK[level]) checks[id] = level;
  }
  // A check the policy leaves at its default may still be raised by the manifest, never lowered.
  for (const [id, level] of Object.entries(manifest.checks ?? {})) {
    const floor = severityOf(id, policyAsManifest);
    if (SEVERITY_RANK[level] < SEVERITY_RANK[floor]) checks[id] = floor;
  }
  const effective: Manifest = {
    ...manifest,
    requirements: strictestRequirements(policy.requirements, manifest.requirements),
    checks,
  };
  const overruled = findRelaxations(
    { ...policyAsManifest, services: manifest.services },
    { ...manifest, services: manifest.services },
  )
    .filter((r) => r.path[0] !== 'services')
    .map(
      (r) =>
        `${policyFile} takes precedence: ${r.message} relative to the policy, so the policy's setting applies`,
    );
  return { manifest: effective, overruled };
}
