import type { FactValues, LoadedRule } from '../catalogue/types.js';
import type { FactReading } from '../checks/types.js';
import type { Service } from '../manifest/types.js';
import type { FactKey } from '../vocabulary.js';

/**
 * Read a fact for one service. A recorded assurance stands in for the rule's fact; otherwise only
 * a confirmed fact is known; an unclear or absent one leaves the check unable to verify.
 */
export function readFact<K extends FactKey>(
  loaded: LoadedRule,
  service: Service,
  key: K,
): FactReading<FactValues[K]> {
  const assurance = service.assurances?.find((a) => a.fact === key);
  if (assurance) {
    return {
      known: true,
      value: assurance.value as FactValues[K],
      evidence: {
        fact: key,
        value: assurance.value,
        status: 'assurance',
        source: null,
        quote: assurance.evidence,
        verified: null,
      },
    };
  }
  const { rule } = loaded;
  const fact = rule.facts[key];
  if (!fact) {
    return {
      known: false,
      value: undefined,
      evidence: {
        fact: key,
        value: null,
        status: 'absent',
        source: null,
        quote: null,
        verified: rule.verified || null,
        note: rule.verified
          ? `${rule.name}'s rule states nothing about ${key}.`
          : `No rule describes ${rule.name}, so nothing is known about ${key}.`,
      },
    };
  }
  const source =
    fact.source && Object.hasOwn(rule.sources, fact.source) ? rule.sources[fact.source] : undefined;
  return {
    known: fact.status === 'confirmed',
    value: fact.status === 'confirmed' ? (fact.value as FactValues[K]) : undefined,
    evidence: {
      fact: key,
      value: fact.value ?? null,
      status: fact.status,
      source: source?.url ?? null,
      quote: fact.quote ?? null,
      verified: rule.verified,
      ...(fact.note ? { note: fact.note } : {}),
    },
  };
}

/**
 * The stand-in for a vendor no rule describes: no plans, no sources, no facts, so every check reads
 * every fact as unknown. Its empty `verified` marks it (no evidence shows a verified date).
 */
export function uncataloguedRule(vendor: string): LoadedRule {
  return {
    rule: {
      id: vendor,
      name: vendor,
      domain: '',
      category: '',
      verified: '',
      plans: [],
      sources: {},
      facts: {},
    },
    origin: 'local',
    file: '',
  };
}
