import { visit } from 'jsonc-parser';
import type { Location } from '../source/location.js';
import { stripByteOrderMark } from './text-span.js';

/** A top-level section of a JSON manifest: what its value is, and the names it holds as written. */
export interface JsonSection {
  kind: 'object' | 'array' | 'other';
  /** An object's keys, or an array's strings, each with where it is written (inside its quotes). */
  names: { value: string; location: Location }[];
}

/**
 * The `sections` of a JSON manifest's top-level object, read with jsonc-parser's `visit` in strict
 * JSON mode (RFC 8259): its errors come back as data, and any error means the file declares
 * nothing (undefined), as does a top-level value that is not an object or nesting deeper than the
 * stack. The visitor hands over each token's line and column, so no tree or line index is built.
 * A section written twice counts as JSON.parse would count it: the last one.
 */
export function readJsonSections(
  file: string,
  text: string,
  sections: readonly string[],
): Map<string, JsonSection> | undefined {
  const found = new Map<string, JsonSection>();
  let valid = true;
  let rootIsObject = false;
  let depth = 0;
  let current: JsonSection | undefined; // the wanted section being read, if any
  // Returning false skips the callbacks (not the syntax checks) inside what no section needs.
  const opened = (kind: 'object' | 'array'): boolean => {
    if (depth === 0) rootIsObject = kind === 'object';
    else if (depth === 1 && current) current.kind = kind;
    depth++;
    return depth === 1 || (depth === 2 && current !== undefined);
  };
  const closed = () => depth--;
  const name = (value: string, line: number, character: number, length: number) =>
    current!.names.push({
      value,
      // Tokens are 0-based; a valid JSON string is on one line. The span is inside the quotes.
      location: {
        file,
        line: line + 1,
        column: character + 2,
        endLine: line + 1,
        endColumn: character + length,
      },
    });
  try {
    visit(
      stripByteOrderMark(text),
      {
        onObjectBegin: () => opened('object'),
        onArrayBegin: () => opened('array'),
        onObjectEnd: closed,
        onArrayEnd: closed,
        onObjectProperty: (property, _offset, length, line, character) => {
          if (depth === 1) {
            current = sections.includes(property) ? { kind: 'other', names: [] } : undefined;
            if (current) found.set(property, current);
          } else if (depth === 2 && current?.kind === 'object') name(property, line, character, length);
        },
        onLiteralValue: (value, _offset, length, line, character) => {
          if (depth === 2 && current?.kind === 'array' && typeof value === 'string')
            name(value, line, character, length);
        },
        onError: () => {
          valid = false;
        },
      },
      { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
    );
  } catch {
    return undefined; // a RangeError: nested deeper than any real manifest
  }
  return valid && rootIsObject ? found : undefined;
}
