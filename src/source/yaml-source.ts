import {
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
} from 'yaml';
import { fileStart, type ConfigError } from './config-error.js';
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
  if (text.includes('\u0000') || text.includes('\uFFFD')) {
    return { errors: [{ message: 'file is not UTF-8 text', location: fileStart(file) }] };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
  const source: YamlSource = { file, doc, lineCounter, data: undefined };
  const errors: ConfigError[] = doc.errors.map((e) => ({
    message: describeYamlError(e.code, e.message, /^[^:\n]*/.exec(text.slice(e.pos[0]))?.[0] ?? ''),
    location: locateOffsets(source, e.pos[0], e.pos[1]),
  }));
  if (errors.length > 0) return { errors };
  try {
    source.data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    // yaml throws a ReferenceError when aliases would expand past maxAliasCount.
    const message = e instanceof Error ? e.message : String(e);
    return { errors: [{ message: `YAML aliases expand too far (${message})`, location: fileStart(file) }] };
  }
  return { source, errors: [] };
}

const YAML_ERROR_MESSAGES: Record<string, string> = {
  TAB_AS_INDENT: 'tabs are not allowed for indentation in YAML; use spaces',
  MULTIPLE_DOCS: 'the file holds more than one YAML document (---); put everything in one',
};

function describeYamlError(code: string, message: string, excerpt: string): string {
  if (code === 'DUPLICATE_KEY')
    return `duplicate key '${excerpt.trim()}': each key may appear only once in a mapping`;
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
