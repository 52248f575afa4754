import type { Catalogue } from '../catalogue/catalogue.js';
import type { LoadedRule } from '../catalogue/types.js';
import type { FindingDraft } from '../checks/types.js';
import { findMatchingPattern } from '../detect/match.js';
import type { DependencyRef } from '../detect/types.js';
import type { Manifest } from '../manifest/types.js';

/**
 * Compare what the code uses with what the manifest declares: an SDK of a catalogued vendor that no
 * service declares is undeclared (an env key only commented out is an optional integration); a
 * declared vendor with detect patterns and no trace in the code is unused. Pure: the scan ran before.
 */
export function findInventoryFindings(
  dependencies: DependencyRef[],
  manifest: Manifest,
  catalogue: Catalogue,
): FindingDraft[] {
  const findings: FindingDraft[] = [];
  const declared = new Map<string, number>();
  manifest.services.forEach((service, index) => {
    const id = catalogue.resolve(service.vendor)?.rule.id;
    if (id && !declared.has(id)) declared.set(id, index);
  });
  const byName = groupByName(dependencies);
  for (const loaded of catalogue.rules) {
    const patterns = loaded.rule.detect;
    if (!patterns) continue;
    const hits: { ref: DependencyRef; pattern: string }[] = [];
    for (const refs of byName.values()) {
      const pattern = findMatchingPattern(patterns, refs[0]!);
      if (pattern) for (const ref of refs) hits.push({ ref, pattern });
    }
    hits.sort((a, b) => byName.position.get(a.ref)! - byName.position.get(b.ref)!);
    const serviceIndex = declared.get(loaded.rule.id);
    if (serviceIndex !== undefined) {
      if (hits.length === 0 && Object.values(patterns).some((p) => p && p.length > 0))
        findings.push(unused(loaded, serviceIndex));
      continue;
    }
    const active = hits.filter((h) => !h.ref.commented);
    for (const { ref, pattern } of active.length > 0 ? active : hits)
      findings.push(undeclared(loaded, ref, pattern));
  }
  return findings;
}

/**
 * A monorepo declares thousands of dependencies on a few dozen names: group them by name so that
 * each rule matches each name once. `position` keeps the scan's file and line order.
 */
function groupByName(
  dependencies: DependencyRef[],
): Map<string, DependencyRef[]> & { position: Map<DependencyRef, number> } {
  const groups = Object.assign(new Map<string, DependencyRef[]>(), {
    position: new Map<DependencyRef, number>(),
  });
  dependencies.forEach((ref, index) => {
    groups.position.set(ref, index);
    const key = `${ref.ecosystem}\0${ref.name}`;
    const group = groups.get(key);
    if (group) group.push(ref);
    else groups.set(key, [ref]);
  });
  return groups;
}

function undeclared(loaded: LoadedRule, ref: DependencyRef, pattern: string): FindingDraft {
  const { rule } = loaded;
  const what =
    ref.ecosystem === 'env'
      ? `the env key ${ref.name}`
      : `${ref.name}${ref.section ? ` (${ref.section})` : ''}`;
  if (ref.commented) {
    return {
      check: 'inventory.optional',
      vendor: rule.id,
      evidence: [],
      at: { location: ref.location },
      message: `${ref.location.file} mentions ${what} of ${rule.name} only in a comment: an optional integration no service declares.`,
      remediation: `If ${rule.name} is switched on in production, declare it under services (vendor: ${rule.id}) with its plan and the data it receives.`,
    };
  }
  return {
    check: 'inventory.undeclared',
    vendor: rule.id,
    evidence: [],
    at: { location: ref.location },
    message: `${ref.location.file} uses ${what}, which matches ${rule.name}'s ${ref.ecosystem} pattern ${pattern}, but no service declares ${rule.name}.`,
    remediation: `Declare ${rule.name} under services (vendor: ${rule.id}, plan: one of ${rule.plans.join(', ')}) with the data it receives, or remove the dependency.`,
  };
}

function unused(loaded: LoadedRule, index: number): FindingDraft {
  const { rule } = loaded;
  return {
    check: 'inventory.unused',
    service: index,
    vendor: rule.id,
    evidence: [],
    at: { path: ['services', index, 'vendor'] },
    message: `${rule.name} is declared, but none of its SDKs or env keys appear in the repository's dependency files.`,
    remediation: `Remove the service if ${rule.name} is no longer used; keep it if you call ${rule.name} without an SDK.`,
  };
}
