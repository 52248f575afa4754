import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import type { Fact, VendorRule } from '../src/catalogue/types.js';
import { matchesPattern } from '../src/detect/match.js';

/**
 * What every bundled rule must hold beyond the schema (issue 10): dates that follow from the cited
 * pages, quotes behind confirmed facts, exact env keys, package names that exist in their registry,
 * and no name two vendors both claim.
 */
const rules = readdirSync('rules/vendors')
  .filter((f) => f.endsWith('.yml'))
  .map((file) => parse(readFileSync(`rules/vendors/${file}`, 'utf8')) as VendorRule);

/** npm and PyPI names each pattern matched in the registries' listings (scripts/check-rules.mjs --write-snapshot). */
const registry = JSON.parse(readFileSync('__tests__/fixtures/registry-names.json', 'utf8')) as Record<
  'npm' | 'pypi',
  Record<string, string[]>
>;

const citedConfirmed = (rule: VendorRule) =>
  (Object.values(rule.facts) as Fact[])
    .filter((fact) => fact.status === 'confirmed' && fact.source !== undefined)
    .map((fact) => rule.sources[fact.source!]!);

test('the catalogue holds at least 80 vendors', () => {
  expect(rules.length).toBeGreaterThanOrEqual(80);
});

describe.each(rules.map((rule) => [rule.id, rule] as const))('%s', (_id, rule) => {
  test('verified is the newest date among the primary pages its confirmed facts cite', () => {
    const dates = citedConfirmed(rule)
      .map((source) => source.date)
      .filter((date): date is string => date !== undefined)
      .sort();
    // Clerk's date is its source card's own "Last verified" date (SPEC §7.5).
    if (dates.length > 0 && rule.id !== 'clerk') expect(rule.verified).toBe(dates.at(-1));
  });

  test('every confirmed fact quotes its source', () => {
    for (const [key, fact] of Object.entries(rule.facts) as [string, Fact][])
      if (fact.status === 'confirmed')
        expect({ key, quote: fact.quote?.trim() || undefined }).toEqual({ key, quote: expect.any(String) });
  });

  test('env patterns are exact keys, never a prefix', () => {
    for (const key of rule.detect?.env ?? []) expect(key).not.toContain('*');
  });

  test.each(['npm', 'pypi'] as const)('every %s pattern names packages the registry lists', (ecosystem) => {
    for (const pattern of rule.detect?.[ecosystem] ?? []) {
      const listed = registry[ecosystem][pattern] ?? [];
      expect({ pattern, listed: listed.length > 0 }).toEqual({ pattern, listed: true });
      for (const name of listed) expect(matchesPattern(ecosystem, pattern, name)).toBe(true);
    }
  });
});

test('no package, env key or host is claimed by two vendors', () => {
  const owners = new Map<string, string[]>();
  for (const rule of rules)
    for (const [ecosystem, patterns] of Object.entries(rule.detect ?? {}))
      for (const pattern of ecosystem === 'regions' ? [] : (patterns as string[])) {
        const key = `${ecosystem}:${pattern.toLowerCase()}`;
        owners.set(key, [...(owners.get(key) ?? []), rule.id]);
      }
  expect([...owners].filter(([, ids]) => ids.length > 1)).toEqual([]);
});

test('a listed package matched by two vendors’ patterns goes to exactly one of them, the more specific', () => {
  const literal = (pattern: string) => pattern.replaceAll('*', '').length;
  const ambiguous: string[] = [];
  for (const ecosystem of ['npm', 'pypi'] as const) {
    const names = new Set(Object.values(registry[ecosystem]).flat());
    for (const name of names) {
      const claims = rules.flatMap((rule) =>
        (rule.detect?.[ecosystem] ?? [])
          .filter((pattern) => matchesPattern(ecosystem, pattern, name))
          .map((pattern) => ({ id: rule.id, specificity: literal(pattern) })),
      );
      const best = Math.max(...claims.map((c) => c.specificity));
      const winners = new Set(claims.filter((c) => c.specificity === best).map((c) => c.id));
      if (winners.size > 1) ambiguous.push(`${ecosystem}:${name} → ${[...winners].join(', ')}`);
    }
  }
  expect(ambiguous).toEqual([]);
});
