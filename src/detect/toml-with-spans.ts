import { getStaticTOMLValue, parseTOML, type AST } from 'toml-eslint-parser';
import type { Span } from './text-span.js';

/** A path into a TOML document: table and key names, and array indices. */
export type TomlPath = readonly (string | number)[];

/** A TOML value as toml-eslint-parser's `getStaticTOMLValue` gives it. */
export type TomlValue = AST.TOMLValue['value'] | TomlValue[] | TomlTable;
export type TomlTable = { [key: string]: TomlValue };

/** A parsed TOML document, with where its keys and strings are written. */
export interface TomlDocument {
  data: TomlTable;
  /** Where the key that first names `path` stands: in a key/value pair, a dotted key or a table header. */
  keySpan(path: TomlPath): Span | undefined;
  /** Where the contents of the string at `path` stand, between its quotes. */
  stringSpan(path: TomlPath): Span | undefined;
}

/**
 * Parses TOML 1.1 with toml-eslint-parser, which keeps the range of every key and value; undefined
 * when the text is not valid TOML (the parser's errors are not needed: an invalid file declares nothing).
 */
export function parseTomlWithSpans(text: string): TomlDocument | undefined {
  let program;
  try {
    program = parseTOML(text, { tomlVersion: '1.1' });
  } catch {
    return undefined; // a ParseError, or a RangeError on nesting deeper than the stack
  }
  const keys = new Map<string, Span>();
  const strings = new Map<string, Span>();
  const recordKeys = (base: TomlPath, key: AST.TOMLKey): (string | number)[] => {
    const path = [...base];
    for (const part of key.keys) {
      path.push(part.type === 'TOMLBare' ? part.name : part.value);
      setOnce(keys, path, part.type === 'TOMLBare' ? rangeSpan(part.range) : quotedSpan(part.range, 1));
    }
    return path;
  };
  const visitValue = (path: (string | number)[], node: AST.TOMLContentNode): void => {
    if (node.type === 'TOMLArray') node.elements.forEach((item, index) => visitValue([...path, index], item));
    else if (node.type === 'TOMLInlineTable') visitPairs(path, node.body);
    else if (node.kind === 'string') setOnce(strings, path, stringContents(text, node));
  };
  const visitPairs = (base: TomlPath, pairs: AST.TOMLKeyValue[]): void => {
    for (const pair of pairs) visitValue(recordKeys(base, pair.key), pair.value);
  };
  const top = program.body[0];
  for (const entry of top?.body ?? []) {
    if (entry.type === 'TOMLKeyValue') {
      visitPairs([], [entry]);
      continue;
    }
    // A header's resolved key holds array-of-tables indices between its names: `[[a.b]]` → a, 0, b, 1.
    const { resolvedKey } = entry;
    let part = 0;
    resolvedKey.forEach((segment, index) => {
      if (typeof segment === 'number') return;
      const written = entry.key.keys[part++];
      if (written) {
        const span = written.type === 'TOMLBare' ? rangeSpan(written.range) : quotedSpan(written.range, 1);
        setOnce(keys, resolvedKey.slice(0, index + 1), span);
      }
    });
    visitPairs(resolvedKey, entry.body);
  }
  return {
    data: (top ? getStaticTOMLValue(top) : {}) as TomlTable,
    keySpan: (path) => keys.get(pathKey(path)),
    stringSpan: (path) => strings.get(pathKey(path)),
  };
}

/** The table at `path`, or undefined when there is none (or the value there is not a table). */
export function tableAt(data: TomlTable, path: readonly string[]): TomlTable | undefined {
  let value: TomlValue | undefined = data;
  for (const segment of path) {
    if (!isTable(value)) return undefined;
    value = value[segment];
  }
  return isTable(value) ? value : undefined;
}

export function isTable(value: TomlValue | undefined): value is TomlTable {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** Renders a path the way TOML writes it (`target.'cfg(unix)'.dependencies`), for a DependencyRef's `section`. */
export function formatTomlPath(path: readonly string[]): string {
  return path.map(formatTomlKey).join('.');
}

function formatTomlKey(key: string): string {
  if (/^[A-Za-z0-9_-]+$/.test(key)) return key;
  // A literal string needs no escapes, so it reads as Cargo.toml files are usually written.
  const needsEscapes = [...key].some((char) => char === "'" || char < ' ' || char === '\x7f');
  if (!needsEscapes) return `'${key}'`;
  return JSON.stringify(key);
}

function pathKey(path: TomlPath): string {
  return JSON.stringify(path);
}

function setOnce(map: Map<string, Span>, path: TomlPath, span: Span): void {
  const key = pathKey(path);
  if (!map.has(key)) map.set(key, span);
}

function rangeSpan([start, end]: [number, number]): Span {
  return { start, end };
}

/** The contents of a quoted token: `quotes` characters off each end. */
function quotedSpan([start, end]: [number, number], quotes: number): Span {
  return { start: start + quotes, end: end - quotes };
}

/** A string value's contents; a multi-line string drops the newline right after its opening delimiter. */
function stringContents(text: string, node: AST.TOMLStringValue): Span {
  if (!node.multiline) return quotedSpan(node.range, 1);
  const span = quotedSpan(node.range, 3);
  if (text.startsWith('\r\n', span.start)) span.start += 2;
  else if (text[span.start] === '\n') span.start++;
  return span;
}
