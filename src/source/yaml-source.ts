import { isMap, isNode, isPair, isScalar, isSeq, LineCounter, visit, type Document, type Node } from 'yaml';
import { fileStart, type ConfigError } from './config-error.js';
import { MAX_FLOW_DEPTH, MAX_YAML_TOKENS, parseDocumentCapped } from './yaml-capped.js';
import type { Location } from './location.js';

/** A path into a YAML document: map keys and sequence indexes, e.g. `['services', 2, 'vendor']`. */
export type YamlPath = readonly (string | number)[];

/** Refuse files larger than this before parsing them: a manifest is a few kilobytes. */
export const MAX_YAML_BYTES = 1024 * 1024;

/** Aliases are rare in config files; a small cap stops billion-laughs expansion early. */
const MAX_ALIAS_COUNT = 50;

/** A parsed YAML file that keeps source positions, so any value can be traced back to its line. */
export interface YamlSource {
  file: string;
  doc: Document;
  lineCounter: LineCounter;
  /** The plain data, or undefined when the file had errors. */
  data: unknown;
}

/**
 * Parse YAML text without throwing: syntax errors, duplicate keys, multiple documents and alias
 * bombs come back as located config errors.
 */
export function parseYamlSource(file: string, text: string): { source?: YamlSource; errors: ConfigError[] } {
  if (Buffer.byteLength(text, 'utf8') > MAX_YAML_BYTES) {
    return {
      errors: [
        {
          message: `file is larger than ${MAX_YAML_BYTES} bytes; refusing to parse it`,
          location: fileStart(file),
        },
      ],
    };
  }
  if (text.includes('\u0000')) {
    return {
      errors: [
        { message: 'the file holds NUL bytes: it is binary, not UTF-8 YAML text', location: fileStart(file) },
      ],
    };
  }
  const lineCounter = new LineCounter();
  // uniqueKeys is checked below in one pass: the library's own check is quadratic in a map's size.
  const parsed = parseDocumentCapped(text, lineCounter, { uniqueKeys: false, strict: true });
  if (parsed.kind === 'too-many-tokens') {
    return {
      errors: [
        {
          message: `the file holds more than ${MAX_YAML_TOKENS.toLocaleString('en-US')} YAML tokens (a manifest has a few thousand); refusing to parse it`,
          location: fileStart(file),
        },
      ],
    };
  }
  if (parsed.kind === 'too-deep') {
    const before = text.slice(0, parsed.offset);
    const at = { line: before.split('\n').length, col: parsed.offset - before.lastIndexOf('\n') };
    return {
      errors: [
        {
          message: `the YAML is nested too deeply to read (more than ${MAX_FLOW_DEPTH} levels of [ ] or { })`,
          location: { file, line: at.line, column: at.col, endLine: at.line, endColumn: at.col + 1 },
        },
      ],
    };
  }
  const { doc } = parsed;
  const source: YamlSource = { file, doc, lineCounter, data: undefined };
  const errors = capErrors(
    [
      ...parsed.errors.map((e) => ({
        message: describeYamlError(e.code, e.message),
        location: locateOffsets(source, e.pos[0], e.pos[1]),
      })),
      ...(parsed.errors.length === 0 ? duplicateKeys(source) : []),
    ],
    parsed.truncated,
  );
  if (errors.length > 0) return { errors };
  try {
    source.data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const described = /alias count/i.test(message)
      ? 'YAML aliases expand too far (is this a billion-laughs file?)'
      : `the YAML cannot be read as data: ${message}`;
    return { errors: [{ message: described, location: fileStart(file) }] };
  }
  if (isCyclic(source.data)) {
    return {
      errors: [
        {
          message: 'a YAML alias refers to a node that contains it; such a loop has no meaning here',
          location: fileStart(file),
        },
      ],
    };
  }
  return { source, errors: [] };
}

/** At most this many errors from one file: the first ones say what is wrong. */
const MAX_ERRORS = 20;

/** Drop repeats of one message (deep nesting repeats "Maximum call stack size exceeded") and cap the rest. */
function capErrors(errors: ConfigError[], truncated = false): ConfigError[] {
  const seen = new Set<string>();
  const unique = errors.filter((e) => !seen.has(e.message) && seen.add(e.message));
  if (unique.length <= MAX_ERRORS && !truncated) return unique;
  const shown = unique.slice(0, MAX_ERRORS);
  shown.push({
    message: truncated
      ? 'more errors not shown (reading stopped after the first ones); fix these first'
      : `${unique.length - MAX_ERRORS} more errors not shown; fix these first`,
    location: shown[shown.length - 1]?.location ?? fileStart(errors[0]?.location.file ?? ''),
  });
  return shown;
}

/** Every key that repeats an earlier key of the same mapping, located at the repeat. */
function duplicateKeys(source: YamlSource): ConfigError[] {
  const errors: ConfigError[] = [];
  visit(source.doc, {
    Map(_, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        if (seen.has(key) && pair.key.range) {
          errors.push({
            message: `duplicate key '${key}': each key may appear only once in a mapping`,
            location: locateOffsets(source, pair.key.range[0], pair.key.range[1]),
          });
        }
        seen.add(key);
      }
    },
  });
  return errors;
}

/** True when the data contains itself (`a: &x [*x]`), which would send any walk round forever. */
function isCyclic(data: unknown, ancestors = new Set<object>()): boolean {
  if (data === null || typeof data !== 'object') return false;
  if (ancestors.has(data)) return true;
  ancestors.add(data);
  const children = data instanceof Map ? [...data.values()] : Object.values(data);
  const cyclic = children.some((child) => isCyclic(child, ancestors));
  ancestors.delete(data);
  return cyclic;
}

const YAML_ERROR_MESSAGES: Record<string, string> = {
  TAB_AS_INDENT: 'tabs are not allowed for indentation in YAML; use spaces',
  MULTIPLE_DOCS: 'the file holds more than one YAML document (---); put everything in one',
};

function describeYamlError(code: string, message: string): string {
  if (/call stack/i.test(message)) return 'the YAML is nested too deeply to read';
  // yaml appends " at line L, column C:" and a code excerpt; our location carries that already.
  return (
    YAML_ERROR_MESSAGES[code] ??
    (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '')
  );
}

/** Turn [start, end) offsets into a 1-based location. */
export function locateOffsets(
  source: Pick<YamlSource, 'file' | 'lineCounter'>,
  start: number,
  end: number,
): Location {
  const from = source.lineCounter.linePos(start);
  const to = source.lineCounter.linePos(Math.max(start, end));
  return { file: source.file, line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}

/**
 * Where a path points: `pair` spans `key: value` (`vendor: clerk`), `key` just the key, `value` just
 * the value. A path that no longer exists falls back to its nearest existing parent's key, so a
 * location is always real.
 */
export function locate(
  source: YamlSource,
  path: YamlPath,
  part: 'pair' | 'key' | 'value' = 'pair',
): Location {
  for (let depth = path.length; depth >= 0; depth--) {
    const found = nodesAt(source.doc, path.slice(0, depth));
    if (!found) continue;
    const { key, value } = found;
    const want = depth === path.length ? part : 'key';
    const start = want === 'value' ? (value?.range ?? key?.range) : (key?.range ?? value?.range);
    const end = want === 'key' ? (key?.range ?? value?.range) : (value?.range ?? key?.range);
    if (start && end) return locateOffsets(source, start[0], Math.max(start[1], end[1]));
  }
  return fileStart(source.file);
}

/** The key node (for map entries) and value node at a path. */
function nodesAt(doc: Document, path: YamlPath): { key?: Node; value?: Node } | undefined {
  let current: unknown = doc.contents;
  let key: unknown;
  for (const segment of path) {
    key = undefined;
    if (isMap(current)) {
      const pair = current.items.find(
        (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment),
      );
      if (!pair) return undefined;
      key = pair.key;
      current = pair.value;
    } else if (isSeq(current) && typeof segment === 'number' && segment < current.items.length) {
      current = current.items[segment];
    } else {
      return undefined;
    }
  }
  return { key: isNode(key) ? key : undefined, value: isNode(current) ? current : undefined };
}
