import { normalizePypiName } from './pep508.js';
import type { DependencyRef, DetectPatterns, Ecosystem } from './types.js';

/**
 * Whether a vendor rule's `detect` pattern matches a dependency name. `*` matches
 * any run of characters other than `/`; nothing else is special. Names compare
 * as each ecosystem compares them:
 * - npm, gem, env: exactly (case-sensitive);
 * - pypi: PEP 503-normalised (`Clerk_Backend.API` is `clerk-backend-api`);
 * - composer: case-insensitively;
 * - cargo: case-insensitively, `-` and `_` alike (as crates.io treats them);
 * - go: the pattern is a module path prefix, ending at a `/`
 *   (`github.com/clerk/clerk-sdk-go` matches `github.com/clerk/clerk-sdk-go/v2`).
 */
export function matchesPattern(ecosystem: Ecosystem, pattern: string, name: string): boolean {
  switch (ecosystem) {
    case 'pypi':
      return matchesGlob(normalizePypiName(pattern), normalizePypiName(name));
    case 'composer':
      return matchesGlob(pattern.toLowerCase(), name.toLowerCase());
    case 'cargo':
      return matchesGlob(normalizeCrateName(pattern), normalizeCrateName(name));
    case 'go':
      return matchesModulePrefix(pattern, name);
    case 'npm':
    case 'gem':
    case 'env':
      return matchesGlob(pattern, name);
  }
}

/**
 * Of a rule's patterns for the ref's ecosystem, the matching one with the most literal characters
 * (the first of equals), or undefined when none matches.
 */
export function findMatchingPattern(patterns: DetectPatterns, ref: DependencyRef): string | undefined {
  let found: string | undefined;
  for (const pattern of patterns[ref.ecosystem] ?? []) {
    if (!matchesPattern(ref.ecosystem, pattern, ref.name)) continue;
    if (found === undefined || specificity(pattern) > specificity(found)) found = pattern;
  }
  return found;
}

/** How specific a pattern is: its count of literal (non-`*`) characters. */
export function specificity(pattern: string): number {
  return pattern.replaceAll('*', '').length;
}

/**
 * Glob match without regular expressions, so no pattern can blow up: at worst
 * pattern length × name length steps. `/` separates segments that must pair up
 * one to one; each pair is matched by the classic greedy algorithm that
 * backtracks only to the latest `*`, which is exact when `*` is the only wildcard.
 */
export function matchesGlob(pattern: string, name: string): boolean {
  const patternSegments = pattern.split('/');
  const nameSegments = name.split('/');
  if (patternSegments.length !== nameSegments.length) return false;
  return patternSegments.every((segment, index) => matchesSegment(segment, nameSegments[index] ?? ''));
}

function matchesSegment(pattern: string, name: string): boolean {
  let patternIndex = 0;
  let nameIndex = 0;
  let starIndex = -1; // pattern index of the latest `*` seen
  let starNameIndex = 0; // name index that `*` currently stops before
  while (nameIndex < name.length) {
    if (pattern[patternIndex] === '*') {
      starIndex = patternIndex++;
      starNameIndex = nameIndex;
    } else if (patternIndex < pattern.length && pattern[patternIndex] === name[nameIndex]) {
      patternIndex++;
      nameIndex++;
    } else if (starIndex !== -1) {
      // Let the latest star swallow one more character and retry what follows it.
      patternIndex = starIndex + 1;
      nameIndex = ++starNameIndex;
    } else {
      return false;
    }
  }
  while (pattern[patternIndex] === '*') patternIndex++;
  return patternIndex === pattern.length;
}

/** A Go module path pattern matches a module path that is, or starts with, a module it matches. */
function matchesModulePrefix(pattern: string, name: string): boolean {
  // `*` never spans `/`, so only the name's first as-many-segments can match.
  const segmentCount = pattern.split('/').length;
  const nameSegments = name.split('/');
  if (nameSegments.length < segmentCount) return false;
  return matchesGlob(pattern, nameSegments.slice(0, segmentCount).join('/'));
}

/** crates.io refuses a name differing from an existing one only by case or `-`/`_`. */
function normalizeCrateName(name: string): string {
  return name.toLowerCase().replaceAll('_', '-');
}
