import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { stringify, type TomlTable } from 'smol-toml';
import { parseTomlWithSpans, type TomlDocument, type TomlPath } from '../../src/detect/toml-with-spans.js';

function slice(text: string, span: { start: number; end: number } | undefined): string | undefined {
  return span && text.slice(span.start, span.end);
}

/** A key as written: bare, or the contents of a basic string (smol-toml writes JSON-compatible escapes). */
function decodeKey(written: string | undefined): string | undefined {
  if (written === undefined) return undefined;
  try {
    return JSON.parse(`"${written}"`) as string;
  } catch {
    return written;
  }
}

/** Checks that every key and string in `value` is found where the text writes it. */
function expectAllLocated(document: TomlDocument, text: string, value: unknown, path: TomlPath): void {
  if (typeof value === 'string') {
    expect(decodeKey(slice(text, document.stringSpan(path)))).toBe(value);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => expectAllLocated(document, text, item, [...path, index]));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      expect(decodeKey(slice(text, document.keySpan([...path, key])))).toBe(key);
      expectAllLocated(document, text, child, [...path, key]);
    }
  }
}

const key = fc.oneof(
  fc.constantFrom(
    'dependencies',
    'stripe',
    'a-b_c',
    '1',
    'dotted.key',
    'with space',
    'quote"d',
    'ünï',
    '#hash',
    '[x]',
  ),
  fc.string({ minLength: 1, maxLength: 6 }),
);
const text = fc.string({ maxLength: 12, unit: 'grapheme-ascii' });
const { table } = fc.letrec<{ table: TomlTable; value: unknown }>((tie) => ({
  table: fc.dictionary(key, tie('value'), { maxKeys: 4 }) as fc.Arbitrary<TomlTable>,
  value: fc.oneof(
    { depthSize: 'small' },
    text,
    fc.integer(),
    fc.boolean(),
    fc.array(text, { maxLength: 3 }),
    tie('table'),
    fc.array(tie('table'), { minLength: 1, maxLength: 2 }),
  ),
}));

describe('parseTomlWithSpans', () => {
  it('locates every key and string of any document smol-toml writes', () => {
    fc.assert(
      fc.property(table, (data) => {
        const written = stringify(data);
        const document = parseTomlWithSpans(written);
        expect(document).toBeDefined();
        if (document) expectAllLocated(document, written, document.data, []);
      }),
      { numRuns: 300 },
    );
  });

  it('locates keys and strings in hand-written layouts', () => {
    const written = `# comment with = and [brackets]
title = "a # not a comment"
date = 1979-05-27 07:32:00Z
[servers . 'alpha']   # spaced dotted header
ip = '10.0.0.1'
nested = { inner = { deep = "x" }, list = [ { n = "y" } ] }
multi = """
line "quoted" \\"""
"""
literal = '''it's'''
arrays = [
  [ "p", 'q' ], # comment inside
  [],
]
[[products]]
name = "Hammer"
[[products]]
name = "Nail"
[products.details]
color = "grey"
[[products.tags]]
tag = "t1"
`;
    const document = parseTomlWithSpans(written);
    expect(document).toBeDefined();
    if (!document) return;
    const located = (path: TomlPath): string | undefined => slice(written, document.stringSpan(path));
    expect(located(['title'])).toBe('a # not a comment');
    expect(slice(written, document.keySpan(['servers', 'alpha']))).toBe('alpha');
    expect(located(['servers', 'alpha', 'ip'])).toBe('10.0.0.1');
    expect(located(['servers', 'alpha', 'nested', 'inner', 'deep'])).toBe('x');
    expect(located(['servers', 'alpha', 'nested', 'list', 0, 'n'])).toBe('y');
    expect(located(['servers', 'alpha', 'multi'])).toBe('line "quoted" \\"""\n');
    expect(located(['servers', 'alpha', 'literal'])).toBe("it's");
    expect(located(['servers', 'alpha', 'arrays', 0, 1])).toBe('q');
    expect(located(['products', 0, 'name'])).toBe('Hammer');
    expect(located(['products', 1, 'name'])).toBe('Nail');
    expect(located(['products', 1, 'details', 'color'])).toBe('grey');
    expect(located(['products', 1, 'tags', 0, 'tag'])).toBe('t1');
  });

  it('returns undefined for invalid TOML and never throws on arbitrary text', () => {
    expect(parseTomlWithSpans('a = ')).toBeUndefined();
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (input) => {
        const document = parseTomlWithSpans(input);
        if (document) expectAllLocated(document, input, document.data, []);
      }),
      { numRuns: 500 },
    );
  });
});
