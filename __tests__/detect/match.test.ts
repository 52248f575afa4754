import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { findMatchingPattern, matchesGlob, matchesPattern } from '../../src/detect/match.js';
import type { Ecosystem } from '../../src/detect/types.js';
import { at } from './helpers.js';

/** Reference glob semantics by dynamic programming: obviously right, and polynomial whatever the input. */
function referenceGlob(pattern: string, name: string): boolean {
  // matched[j]: pattern[0..i) matches name[0..j)
  let matched = Array.from({ length: name.length + 1 }, (_, j) => j === 0);
  for (const char of pattern) {
    const next = new Array<boolean>(name.length + 1).fill(false);
    if (char === '*') {
      next[0] = matched[0] ?? false;
      for (let j = 1; j <= name.length; j++)
        next[j] = (matched[j] ?? false) || (next[j - 1] === true && name[j - 1] !== '/');
    } else {
      for (let j = 1; j <= name.length; j++) next[j] = (matched[j - 1] ?? false) && name[j - 1] === char;
    }
    matched = next;
  }
  return matched[name.length] ?? false;
}

describe('matchesPattern', () => {
  it.each<[Ecosystem, string, string, boolean]>([
    ['npm', '@clerk/*', '@clerk/nextjs', true],
    ['npm', '@clerk/*', '@clerk/clerk-js', true],
    ['npm', '@clerk/*', '@clerkinc/nextjs', false],
    ['npm', '@clerk/*', '@clerk', false],
    ['npm', '@clerk/*', 'clerk', false],
    ['npm', 'stripe', 'stripe', true],
    ['npm', 'stripe', 'Stripe', false],
    ['npm', 'stripe', '@stripe/stripe-js', false],
    ['npm', '@stripe/*', '@stripe/stripe-js', true],
    ['npm', '*', '@scope/name', false],
    ['npm', '@sentry/*-js', '@sentry/browser-js', true],
    ['npm', 'posthog-*', 'posthog-js', true],
    ['npm', 'posthog-*', 'posthog', false],
    ['pypi', 'clerk-backend-api', 'Clerk_Backend.API', true],
    ['pypi', 'clerk_backend_api', 'clerk-backend-api', true],
    ['pypi', 'clerk-backend-api', 'clerk--backend__api', true],
    ['pypi', 'clerk-backend-api', 'clerkbackendapi', false],
    ['pypi', 'google-cloud-*', 'Google.Cloud_Storage', true],
    ['go', 'github.com/clerk/clerk-sdk-go', 'github.com/clerk/clerk-sdk-go', true],
    ['go', 'github.com/clerk/clerk-sdk-go', 'github.com/clerk/clerk-sdk-go/v2', true],
    ['go', 'github.com/clerk/clerk-sdk-go', 'github.com/clerk/clerk-sdk-golang', false],
    ['go', 'github.com/clerk/clerk-sdk-go/v2', 'github.com/clerk/clerk-sdk-go', false],
    ['go', 'github.com/clerk/*', 'github.com/clerk/clerk-sdk-go/v2', true],
    ['go', 'github.com/Clerk/clerk-sdk-go', 'github.com/clerk/clerk-sdk-go', false],
    ['gem', 'stripe', 'stripe', true],
    ['gem', 'stripe', 'Stripe', false],
    ['gem', 'sentry-*', 'sentry-ruby', true],
    ['gem', 'sentry-ruby', 'sentry_ruby', false],
    ['composer', 'stripe/stripe-php', 'Stripe/Stripe-PHP', true],
    ['composer', 'stripe/*', 'stripe/stripe-php', true],
    ['composer', 'stripe/*', 'stripe', false],
    ['cargo', 'async-stripe', 'async_stripe', true],
    ['cargo', 'Async_Stripe', 'async-stripe', true],
    ['cargo', 'sentry*', 'sentry-core', true],
    ['env', 'CLERK_SECRET_KEY', 'CLERK_SECRET_KEY', true],
    ['env', 'CLERK_SECRET_KEY', 'clerk_secret_key', false],
    ['env', 'CLERK_SECRET_KEY', 'CLERK_SECRET_KEY_2', false],
    ['env', 'CLERK_*', 'CLERK_PUBLISHABLE_KEY', true],
    ['env', 'CLERK_*', 'NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY', false],
    ['env', 'CLERK_*', 'CLERK_', true],
  ])('%s: %s matches %s → %s', (ecosystem, pattern, name, expected) => {
    expect(matchesPattern(ecosystem, pattern, name)).toBe(expected);
  });
});

describe('findMatchingPattern', () => {
  it('returns the most specific pattern of the ref’s ecosystem that matches', () => {
    const patterns = { npm: ['@clerk/*'], pypi: ['stripe', 'clerk-backend-api'], env: ['CLERK_SECRET_KEY'] };
    const location = { file: 'requirements.txt', ...at('Clerk_Backend_API', 1, 1) };
    expect(findMatchingPattern(patterns, { ecosystem: 'pypi', name: 'Clerk_Backend_API', location })).toBe(
      'clerk-backend-api',
    );
    expect(findMatchingPattern(patterns, { ecosystem: 'gem', name: 'stripe', location })).toBeUndefined();
  });
});

describe('matchesGlob', () => {
  it('agrees with the reference on small inputs', () => {
    const alphabet = fc.constantFrom('a', 'b', '/', '*', '-');
    const pattern = fc.array(alphabet, { maxLength: 8 }).map((chars) => chars.join(''));
    const name = fc
      .array(fc.constantFrom('a', 'b', '/', '-'), { maxLength: 10 })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(pattern, name, (p, n) => {
        expect(matchesGlob(p, n)).toBe(referenceGlob(p, n));
      }),
      { numRuns: 5000 },
    );
  });

  it('matches a 10k-character adversarial name against many-star patterns quickly and correctly', () => {
    // Patterns like `*a*a*...*b` against `aaaa...` make backtracking regex engines explode.
    const adversarialPattern = fc
      .tuple(
        fc.integer({ min: 10, max: 60 }),
        fc.constantFrom('a', 'aa', 'ab', 'a-'),
        fc.constantFrom('b', 'a', ''),
      )
      .map(([stars, piece, tail]) => `${`*${piece}`.repeat(stars)}*${tail}`);
    const adversarialName = fc
      .tuple(fc.constantFrom('a', 'ab', 'a-'), fc.constantFrom('', 'b', 'c', 'ab'))
      .map(
        ([unit, tail]) => unit.repeat(Math.ceil(10_000 / unit.length)).slice(0, 10_000 - tail.length) + tail,
      );
    fc.assert(
      fc.property(adversarialPattern, adversarialName, (pattern, name) => {
        expect(name).toHaveLength(10_000);
        const started = performance.now();
        const matched = matchesGlob(pattern, name);
        // ~1 ms for 10,000 characters (pattern × name steps); a backtracking match needs minutes.
        expect(performance.now() - started).toBeLessThan(2_000);
        expect(matched).toBe(referenceGlob(pattern, name));
      }),
      { numRuns: 40 },
    );
  });

  it('stays fast for every ecosystem on long names', () => {
    const name = `${'a_'.repeat(5_000)}`;
    const pattern = `${'*a'.repeat(50)}*b`;
    const started = performance.now();
    for (const ecosystem of ['npm', 'pypi', 'go', 'gem', 'composer', 'cargo', 'env'] as const) {
      expect(matchesPattern(ecosystem, pattern, name)).toBe(false);
    }
    // A few milliseconds in all; the bound is hundreds of times that.
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
