import type { Catalogue } from '../catalogue/catalogue.js';
import type { VendorRule } from '../catalogue/types.js';
import { findMatchingPattern, specificity } from '../detect/match.js';
import type { DependencyRef } from '../detect/types.js';
import { compareStrings } from '../compare.js';

/** A catalogued vendor the scan found, with every dependency or env key it claims. */
export interface DetectedVendor {
  rule: VendorRule;
  /** In file and line order; only the active ones when there are any. */
  hits: { ref: DependencyRef; pattern: string }[];
  /** Every hit is an env key that is only commented out: an optional integration. */
  optional: boolean;
}

/**
 * The one vendor matcher (`check`'s inventory and `init` both use it): each catalogued vendor
 * with at least one dependency or env key its `detect` patterns claim, sorted by id. When
 * patterns of several rules match one name, the most specific claims it: the pattern with the
 * most literal (non-`*`) characters, so `@aws-sdk/client-cognito-identity-provider` in one rule
 * beats `@aws-sdk/client-*` in another; rules whose patterns are equally specific all claim it.
 */
export function detectVendors(dependencies: DependencyRef[], catalogue: Catalogue): DetectedVendor[] {
  const rules = catalogue.rules.map((loaded) => loaded.rule).filter((rule) => rule.detect);
  const hits = new Map<VendorRule, DetectedVendor['hits']>();
  // A monorepo declares thousands of dependencies on a few dozen names: match each name once.
  for (const refs of groupByName(dependencies)) {
    const first = refs[0]!;
    let claims: { rule: VendorRule; pattern: string }[] = [];
    let best = -1;
    for (const rule of rules) {
      const pattern = findMatchingPattern(rule.detect!, first);
      if (pattern === undefined) continue;
      const literal = specificity(pattern);
      if (literal > best) [claims, best] = [[], literal];
      if (literal === best) claims.push({ rule, pattern });
    }
    for (const { rule, pattern } of claims) {
      const list = hits.get(rule) ?? hits.set(rule, []).get(rule)!;
      for (const ref of refs) list.push({ ref, pattern });
    }
  }
  const position = new Map(dependencies.map((ref, index) => [ref, index]));
  const detected: DetectedVendor[] = [];
  for (const rule of rules) {
    const found = hits.get(rule);
    if (!found) continue;
    found.sort((a, b) => position.get(a.ref)! - position.get(b.ref)!); // back to file and line order
    const active = found.filter((hit) => !hit.ref.commented);
    detected.push({ rule, hits: active.length > 0 ? active : found, optional: active.length === 0 });
  }
  return detected.sort((a, b) => compareStrings(a.rule.id, b.rule.id));
}

/** Dependencies with the same ecosystem and name, in order of first appearance. */
function groupByName(dependencies: DependencyRef[]): DependencyRef[][] {
  const groups = new Map<string, DependencyRef[]>();
  for (const ref of dependencies) {
    const key = `${ref.ecosystem}\0${ref.name}`;
    const group = groups.get(key);
    if (group) group.push(ref);
    else groups.set(key, [ref]);
  }
  return [...groups.values()];
}
