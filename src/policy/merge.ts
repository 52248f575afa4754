import type { CheckId } from '../checks/registry.js';
import { severityOf } from '../engine/evaluate.js';
import { strictestRequirements } from '../manifest/requirements.js';
import type { CheckOverrides, Manifest, Policy } from '../manifest/types.js';
import { SEVERITY_RANK, type SeverityOverride } from '../vocabulary.js';
import { findRelaxations } from './relaxations.js';

/** The overrides of `checks:`, typed by id (the ids were checked when the file loaded). */
const entries = (checks: CheckOverrides | undefined) =>
  Object.entries(checks ?? {}) as [CheckId, SeverityOverride][];

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
  const checks: CheckOverrides = { ...manifest.checks };
  for (const [id, level] of entries(policy.checks)) {
    const own = manifest.checks?.[id];
    if (!own || SEVERITY_RANK[own] < SEVERITY_RANK[level]) checks[id] = level;
  }
  // A check the policy leaves at its default may still be raised by the manifest, never lowered.
  for (const [id, level] of entries(manifest.checks)) {
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
