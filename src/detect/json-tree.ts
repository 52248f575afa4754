import { parseTree, type Node, type ParseError } from 'jsonc-parser';
import { LineIndex, stripByteOrderMark, type Span } from './text-span.js';

export type { Node as JsonNode } from 'jsonc-parser';

/**
 * Parses strict JSON (RFC 8259) with jsonc-parser, whose tree keeps every node's offset. Undefined
 * for malformed input (jsonc-parser returns its errors as data; any error means the file declares
 * nothing) and for nesting deeper than the stack. Duplicate keys are all kept, in order.
 */
export function parseJsonTree(text: string): Node | undefined {
  const errors: ParseError[] = [];
  let root: Node | undefined;
  try {
    root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  } catch {
    return undefined; // a RangeError: nested deeper than any real manifest
  }
  return errors.length === 0 ? root : undefined;
}

/** A JSON manifest file: its top-level object and line index; undefined unless it is a JSON object. */
export function parseJsonManifest(text: string): { root: Node; lines: LineIndex } | undefined {
  const stripped = stripByteOrderMark(text);
  const root = parseJsonTree(stripped);
  return root?.type === 'object' ? { root, lines: new LineIndex(stripped) } : undefined;
}

/** The `[key, value]` members of an object, in order, or none for any other value. */
export function objectMembers(node: Node | undefined): [key: Node, value: Node][] {
  if (node?.type !== 'object') return [];
  return (node.children ?? []).flatMap((property) => {
    const [key, value] = property.children ?? [];
    return key && value ? [[key, value] as [Node, Node]] : [];
  });
}

/** The last value of `key` in an object, as JSON.parse would keep it. */
export function memberValue(node: Node | undefined, key: string): Node | undefined {
  return objectMembers(node).findLast(([name]) => name.value === key)?.[1];
}

/** Where a string's contents stand as written, between its quotes. */
export function stringSpan(node: Node): Span {
  return { start: node.offset + 1, end: node.offset + node.length - 1 };
}
