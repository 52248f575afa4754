/**
 * How deeply a JSON or TOML file nests its arrays and objects (inline tables), counted in one pass
 * that skips strings and (TOML) comments. The scan refuses files deeper than {@link MAX_NESTING}
 * before any parser sees them: npm, Composer, pip and Cargo read such files, so skipping them in
 * silence would let a dependency hide at depth 257 (issue 11). Malformed text needs no care: the
 * count only has to be right for files the parsers would accept.
 */
export const MAX_NESTING = 256;

export type NestingSyntax = 'json' | 'toml';

/** The file name's syntax, when it is one whose nesting the scan must check. */
export function nestingSyntaxOf(path: string): NestingSyntax | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (name === 'package.json' || name === 'composer.json') return 'json';
  if (name === 'pyproject.toml' || name === 'Pipfile' || name === 'Cargo.toml') return 'toml';
  return undefined;
}

/** The deepest nesting of `[`/`{` outside strings (and TOML comments), stopping once past `limit`. */
export function nestingDepth(text: string, syntax: NestingSyntax, limit = MAX_NESTING): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '[' || char === '{') {
      deepest = Math.max(deepest, ++depth);
      if (deepest > limit) return deepest;
    } else if (char === ']' || char === '}') {
      if (depth > 0) depth--;
    } else if (char === '"' || (char === "'" && syntax === 'toml')) {
      i = stringEnd(text, i, syntax);
    } else if (char === '#' && syntax === 'toml') {
      const newline = text.indexOf('\n', i);
      i = newline === -1 ? text.length : newline;
    }
  }
  return deepest;
}

/** The index of the quote that closes the string opened at `open` (TOML: also `"""` and `'''`). */
function stringEnd(text: string, open: number, syntax: NestingSyntax): number {
  const quote = text[open]!;
  const escapes = quote === '"';
  if (syntax === 'toml' && text.startsWith(quote.repeat(3), open)) {
    for (let i = open + 3; i < text.length; i++) {
      if (escapes && text[i] === '\\') i++;
      else if (text.startsWith(quote.repeat(3), i)) {
        let end = i + 2;
        while (text[end + 1] === quote && end < i + 4) end++; // up to two quotes may end the content
        return end;
      }
    }
    return text.length;
  }
  for (let i = open + 1; i < text.length; i++) {
    if (escapes && text[i] === '\\') i++;
    else if (text[i] === quote) return i;
    else if (text[i] === '\n' && syntax === 'toml') return i; // TOML one-line strings end at the line
  }
  return text.length;
}
