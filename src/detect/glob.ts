import { UsageError } from '../options.js';

/**
 * Globs for `scan-ignore`, matched without regular expressions and without backtracking beyond the
 * latest wildcard, so that no folder name a pull request chooses can make a match slow: matching a
 * path costs at most (glob length × path length) character comparisons.
 *
 * Syntax (the usual gitignore/picomatch subset; dot files and folders match like any other):
 * - `*` any run of characters within one path segment (not `/`); `?` one character;
 * - `[abc]`, `[a-z]`, `[!a-z]` / `[^a-z]` one character of (or not of) a set;
 * - `**` as a whole segment: any number of segments, none included (`**` elsewhere is `*`);
 * - `{a,b}` alternatives (at most {@link MAX_ALTERNATIVES} per glob), `\` escapes the next character.
 * Anything else is literal.
 */

/** A glob with more brace alternatives than this is refused: a real ignore list needs a handful. */
export const MAX_ALTERNATIVES = 256;

type CharToken = { kind: 'star' } | { kind: 'one'; test: (char: string) => boolean };
/** A compiled segment: `globstar`, or the character tokens of one segment. */
type Segment = 'globstar' | CharToken[];

/** True when the path, or any folder above it, matches one of the globs (a matched folder is skipped whole). */
export function pathOrParentMatcher(globs: readonly string[]): (path: string) => boolean {
  const compiled = globs
    .map((glob) => trimTrailingSlashes(glob.trim()))
    .filter((glob) => glob !== '')
    .flatMap((glob) => expandBraces(glob))
    // `glob/**`: a prefix of the path's segments matches `glob` (a folder above it, or the path itself).
    .map((glob) => [...compileSegments(glob), 'globstar' as const]);
  if (compiled.length === 0) return () => false;
  return (path) => {
    const segments = path.split('/').map((segment) => [...segment]);
    return compiled.some((pattern) => matchSequence(pattern, segments, matchesSegment));
  };
}

/** True when the whole path matches the glob. */
export function matchesPathGlob(glob: string, path: string): boolean {
  const segments = path.split('/').map((segment) => [...segment]);
  return expandBraces(glob).some((alternative) =>
    matchSequence(compileSegments(alternative), segments, matchesSegment),
  );
}

function trimTrailingSlashes(glob: string): string {
  let end = glob.length;
  while (end > 0 && glob[end - 1] === '/') end--;
  return glob.slice(0, end);
}

function compileSegments(glob: string): Segment[] {
  return splitUnescaped(glob, '/')
    .filter((segment) => segment !== '.') // `./a` and `a/./b` name the same paths as `a` and `a/b`
    .map((segment) => (segment === '**' ? 'globstar' : compileSegment(segment)));
}

/**
 * The classic wildcard match: walk pattern and subject together and, on a mismatch, let the latest
 * wildcard swallow one more unit and retry from there. Exact when every other token matches exactly
 * one unit, as here (segments against segments, characters against characters), and it never
 * revisits a wildcard before the latest: at most pattern × subject steps.
 */
function matchSequence<P, S>(
  pattern: readonly P[],
  subject: readonly S[],
  unitMatches: (token: P, unit: S) => boolean,
  isWildcard: (token: P) => boolean = (token) => token === 'globstar',
): boolean {
  let p = 0;
  let s = 0;
  let star = -1;
  let starS = 0;
  while (s < subject.length) {
    if (p < pattern.length && isWildcard(pattern[p]!)) {
      star = p++;
      starS = s;
    } else if (p < pattern.length && unitMatches(pattern[p]!, subject[s]!)) {
      p++;
      s++;
    } else if (star !== -1) {
      p = star + 1;
      s = ++starS;
    } else {
      return false;
    }
  }
  while (p < pattern.length && isWildcard(pattern[p]!)) p++;
  return p === pattern.length;
}

/** One pattern segment (never a globstar: the sequence match handles those) against a segment's characters. */
function matchesSegment(tokens: Segment, segment: readonly string[]): boolean {
  if (tokens === 'globstar') return true;
  return matchSequence(
    tokens,
    segment,
    (token, char) => token.kind === 'one' && token.test(char),
    (token) => token.kind === 'star',
  );
}

function compileSegment(segment: string): CharToken[] {
  const chars = [...segment];
  const tokens: CharToken[] = [];
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    if (char === '*') {
      if (tokens[tokens.length - 1]?.kind !== 'star') tokens.push({ kind: 'star' });
    } else if (char === '?') {
      tokens.push({ kind: 'one', test: () => true });
    } else if (char === '\\' && i + 1 < chars.length) {
      const literal = chars[++i]!;
      tokens.push({ kind: 'one', test: (c) => c === literal });
    } else if (char === '[') {
      const set = characterClass(chars, i);
      if (set) {
        tokens.push({ kind: 'one', test: set.test });
        i = set.end;
      } else tokens.push({ kind: 'one', test: (c) => c === '[' });
    } else {
      tokens.push({ kind: 'one', test: (c) => c === char });
    }
  }
  return tokens;
}

/** `[...]` starting at `open`: its test and the index of its `]`; undefined when it is not closed. */
function characterClass(
  chars: string[],
  open: number,
): { test: (c: string) => boolean; end: number } | undefined {
  let i = open + 1;
  const negated = chars[i] === '!' || chars[i] === '^';
  if (negated) i++;
  const ranges: [string, string][] = [];
  let first = true;
  for (; i < chars.length; i++) {
    let char = chars[i]!;
    if (char === ']' && !first) {
      return { test: (c) => ranges.some(([lo, hi]) => c >= lo && c <= hi) !== negated, end: i };
    }
    first = false;
    if (char === '\\' && i + 1 < chars.length) char = chars[++i]!;
    if (chars[i + 1] === '-' && i + 2 < chars.length && chars[i + 2] !== ']') {
      let high = chars[i + 2]!;
      i += 2;
      if (high === '\\' && i + 1 < chars.length) high = chars[++i]!;
      ranges.push([char, high]);
    } else ranges.push([char, char]);
  }
  return undefined;
}

/** Split at unescaped `separator`s outside braces and brackets. */
function splitUnescaped(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\\' && i + 1 < text.length) {
      current += char + text[++i];
    } else if (char === separator) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts;
}

/** `a{b,c}d` → `abd`, `acd`; nested braces expand too. More than {@link MAX_ALTERNATIVES} is an error. */
export function expandBraces(glob: string): string[] {
  let results = [''];
  let i = 0;
  while (i < glob.length) {
    const char = glob[i]!;
    if (char === '\\' && i + 1 < glob.length) {
      results = results.map((r) => r + char + glob[i + 1]);
      i += 2;
      continue;
    }
    if (char === '{') {
      const close = matchingBrace(glob, i);
      if (close !== -1) {
        const inner = glob.slice(i + 1, close);
        const alternatives = splitTopLevel(inner).flatMap((part) => expandBraces(part));
        if (alternatives.length > 1 || inner.includes(',')) {
          results = results.flatMap((r) => alternatives.map((a) => r + a));
          if (results.length > MAX_ALTERNATIVES)
            throw new UsageError(
              `scan-ignore: the glob '${glob}' expands to more than ${MAX_ALTERNATIVES} alternatives`,
            );
          i = close + 1;
          continue;
        }
      }
    }
    results = results.map((r) => r + char);
    i++;
  }
  return results;
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const char = text[i];
    if (char === '\\') i++;
    else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) return i;
  }
  return -1;
}

/** Split brace contents at commas that are not inside nested braces. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\\') i++;
    else if (char === '{') depth++;
    else if (char === '}') depth--;
    else if (char === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}
