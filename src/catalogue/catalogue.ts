import type { Fact, FactValues, LoadedRule, VendorRule } from './types.js';

/** File names of vendor rules, bundled and local. */
export const RULE_FILE = /\.ya?ml$/;

/** A confirmed fact's value, or undefined when the rule leaves it unclear or says nothing. */
export function confirmedValue<K extends keyof FactValues>(
  rule: VendorRule,
  key: K,
): FactValues[K] | undefined {
  const fact = rule.facts[key] as Fact<FactValues[K]> | undefined;
  return fact?.status === 'confirmed' ? fact.value : undefined;
}

/** `https://www.Clerk.com/` → `clerk.com`: how a manifest may spell a vendor's domain. */
export function normaliseVendorName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/.*$/, '');
}

/** The loaded vendor rules, looked up by id, domain or alias. */
export class Catalogue {
  private readonly byName = new Map<string, LoadedRule>();
  private readonly confusables = new Map<
    string,
    { rule: VendorRule; domain: string; name?: string; note: string }
  >();

  constructor(readonly rules: LoadedRule[]) {
    for (const loaded of rules) {
      const { rule } = loaded;
      for (const name of [rule.id, rule.domain, ...(rule.aliases ?? [])])
        this.byName.set(normaliseVendorName(name), loaded);
    }
    for (const { rule } of rules) {
      for (const confusable of rule.confusables ?? []) {
        const key = normaliseVendorName(confusable.domain);
        // A confusable that is itself catalogued is a real vendor, not a mix-up.
        if (!this.byName.has(key)) this.confusables.set(key, { rule, ...confusable });
      }
    }
  }

  get(id: string): LoadedRule | undefined {
    return this.rules.find((r) => r.rule.id === id);
  }

  /** The rule a manifest's `vendor:` names, by id, domain or alias. */
  resolve(vendor: string): LoadedRule | undefined {
    return this.byName.get(normaliseVendorName(vendor));
  }

  /** When `vendor` is a known look-alike of a catalogued vendor (clerk.io for clerk.com). */
  confusableFor(
    vendor: string,
  ): { rule: VendorRule; domain: string; name?: string; note: string } | undefined {
    return this.confusables.get(normaliseVendorName(vendor));
  }

  get ids(): string[] {
    return this.rules.map((r) => r.rule.id).sort();
  }
}
