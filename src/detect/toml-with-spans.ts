import { parse, type TomlTable, type TomlValue } from 'smol-toml';
import type { Span } from './text-span.js';

/** A path into a TOML document: table and key names, and array indices. */
export type TomlPath = readonly (string | number)[];

/** A TOML document parsed by smol-toml, with where its keys and strings are written. */
export interface TomlDocument {
  data: TomlTable;
  /** Where the key that first names `path` stands: in a key/value pair, a dotted key or a table header. */
  keySpan(path: TomlPath): Span | undefined;
  /** Where the contents of the string at `path` stand, between its quotes. */
  stringSpan(path: TomlPath): Span | undefined;
}

/**
 * Parses TOML with smol-toml (the source of truth for values; undefined when the
 * text is not valid TOML), then scans the text once more to learn the spans
 * smol-toml does not keep. The scan may assume the text is valid.
 */
export function parseTomlWithSpans(text: string): TomlDocument | undefined {
  let data: TomlTable;
  try {
    data = parse(text);
  } catch {
    return undefined;
  }
  const scanner = new TomlSpanScanner(text);
  scanner.scanDocument();
  return {
    data,
    keySpan: (path) => scanner.keys.get(pathKey(path)),
    stringSpan: (path) => scanner.strings.get(pathKey(path)),
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

/** Characters that end a bare key (TOML keeps bare keys ASCII, but smol-toml has vetted the text already). */
const NOT_BARE_KEY = new Set([' ', '\t', '\r', '\n', '=', '.', '[', ']', '"', "'", '#', ',', '{', '}']);
/** Characters that end a number, boolean or date value. */
const SCALAR_END = new Set([',', ']', '}', '\r', '\n', '#']);

class TomlSpanScanner {
  readonly keys = new Map<string, Span>();
  readonly strings = new Map<string, Span>();
  /** Latest element index of each array of tables (`[[name]]`), by resolved path. */
  private readonly arrayTables = new Map<string, number>();
  private offset = 0;

  constructor(private readonly text: string) {}

  scanDocument(): void {
    let table: (string | number)[] = [];
    while (this.offset < this.text.length) {
      this.skipSpaces();
      const char = this.text[this.offset];
      if (char === '\r' || char === '\n') this.offset++;
      else if (char === '#') this.skipComment();
      else if (char === '[') table = this.tableHeader();
      else {
        const before = this.offset;
        this.keyValue(table, 0);
        this.skipToLineEnd();
        if (this.offset === before) this.offset++; // cannot happen in valid TOML; never loop
      }
    }
  }

  private tableHeader(): (string | number)[] {
    const isArrayTable = this.text[this.offset + 1] === '[';
    this.offset += isArrayTable ? 2 : 1;
    const parts = this.dottedKey();
    this.skipToLineEnd();
    const resolved: (string | number)[] = [];
    parts.forEach((part, index) => {
      resolved.push(part.name);
      this.recordKey(resolved, part.span);
      const isLast = index === parts.length - 1;
      if (isLast && isArrayTable) {
        const next = (this.arrayTables.get(pathKey(resolved)) ?? -1) + 1;
        this.arrayTables.set(pathKey(resolved), next);
        resolved.push(next);
      } else if (!isLast) {
        const current = this.arrayTables.get(pathKey(resolved));
        if (current !== undefined) resolved.push(current);
      }
    });
    return resolved;
  }

  private keyValue(base: readonly (string | number)[], depth: number): void {
    const parts = this.dottedKey();
    const path = [...base];
    for (const part of parts) {
      path.push(part.name);
      this.recordKey(path, part.span);
    }
    this.skipSpaces();
    if (this.text[this.offset] === '=') this.offset++;
    this.skipSpaces();
    this.value(path, depth);
  }

  private dottedKey(): { name: string; span: Span }[] {
    const parts: { name: string; span: Span }[] = [];
    for (;;) {
      this.skipSpaces();
      const char = this.text[this.offset];
      if (char === '"' || char === "'") {
        const { span, raw } = this.singleLineString(char);
        parts.push({ name: char === '"' ? decodeBasicString(raw) : raw, span });
      } else {
        const start = this.offset;
        while (this.offset < this.text.length && !NOT_BARE_KEY.has(this.text[this.offset] ?? ''))
          this.offset++;
        if (this.offset === start) return parts;
        parts.push({ name: this.text.slice(start, this.offset), span: { start, end: this.offset } });
      }
      this.skipSpaces();
      if (this.text[this.offset] !== '.') return parts;
      this.offset++;
    }
  }

  private value(path: (string | number)[], depth: number): void {
    const char = this.text[this.offset];
    // smol-toml already refused documents nested deeper than this.
    if (depth > 1000) return;
    if (char === '"' || char === "'") {
      const delimiter = char.repeat(3);
      const span = this.text.startsWith(delimiter, this.offset)
        ? this.multiLineString(delimiter)
        : this.singleLineString(char).span;
      this.recordString(path, span);
    } else if (char === '[') {
      this.offset++;
      for (let index = 0; ; index++) {
        this.skipBlankLinesAndComments();
        if (this.offset >= this.text.length) return;
        if (this.text[this.offset] === ']') {
          this.offset++;
          return;
        }
        const before = this.offset;
        this.value([...path, index], depth + 1);
        this.skipBlankLinesAndComments();
        if (this.text[this.offset] === ',') this.offset++;
        else if (this.offset === before) this.offset++;
      }
    } else if (char === '{') {
      this.offset++;
      for (;;) {
        this.skipBlankLinesAndComments(); // TOML 1.1 allows newlines in inline tables
        if (this.offset >= this.text.length) return;
        if (this.text[this.offset] === '}') {
          this.offset++;
          return;
        }
        const before = this.offset;
        this.keyValue(path, depth + 1);
        this.skipBlankLinesAndComments();
        if (this.text[this.offset] === ',') this.offset++;
        else if (this.offset === before) this.offset++;
      }
    } else {
      while (this.offset < this.text.length && !SCALAR_END.has(this.text[this.offset] ?? '')) this.offset++;
    }
  }

  /** A `"basic"` or `'literal'` string on one line; returns the span and raw text of its contents. */
  private singleLineString(quote: string): { span: Span; raw: string } {
    const start = this.offset + 1;
    let end = start;
    while (end < this.text.length && this.text[end] !== quote && this.text[end] !== '\n') {
      end += quote === '"' && this.text[end] === '\\' ? 2 : 1;
    }
    end = Math.min(end, this.text.length);
    this.offset = end + 1;
    return { span: { start, end }, raw: this.text.slice(start, end) };
  }

  /** A `"""basic"""` or `'''literal'''` string, which may end with up to two extra quotes. */
  private multiLineString(delimiter: string): Span {
    let start = this.offset + 3;
    // A newline right after the opening delimiter is not part of the string.
    if (this.text.startsWith('\r\n', start)) start += 2;
    else if (this.text[start] === '\n') start++;
    let index = start;
    while (index < this.text.length) {
      if (delimiter === '"""' && this.text[index] === '\\') index += 2;
      else if (this.text.startsWith(delimiter, index)) {
        let extraQuotes = 0;
        while (extraQuotes < 2 && this.text[index + 3 + extraQuotes] === delimiter[0]) extraQuotes++;
        this.offset = index + 3 + extraQuotes;
        return { start, end: index + extraQuotes };
      } else index++;
    }
    this.offset = this.text.length;
    return { start, end: this.text.length };
  }

  private recordKey(path: readonly (string | number)[], span: Span): void {
    const key = pathKey(path);
    if (!this.keys.has(key)) this.keys.set(key, span);
  }

  private recordString(path: readonly (string | number)[], span: Span): void {
    const key = pathKey(path);
    if (!this.strings.has(key)) this.strings.set(key, span);
  }

  private skipSpaces(): void {
    while (this.text[this.offset] === ' ' || this.text[this.offset] === '\t') this.offset++;
  }

  private skipComment(): void {
    while (this.offset < this.text.length && this.text[this.offset] !== '\n') this.offset++;
  }

  private skipToLineEnd(): void {
    while (this.offset < this.text.length && this.text[this.offset] !== '\n') {
      if (this.text[this.offset] === '#') return this.skipComment();
      this.offset++;
    }
  }

  private skipBlankLinesAndComments(): void {
    for (;;) {
      const char = this.text[this.offset];
      if (char === ' ' || char === '\t' || char === '\r' || char === '\n') this.offset++;
      else if (char === '#') this.skipComment();
      else return;
    }
  }
}

const BASIC_ESCAPES: Record<string, string> = {
  b: '\b',
  t: '\t',
  n: '\n',
  f: '\f',
  r: '\r',
  e: '\x1b',
  '"': '"',
  '\\': '\\',
};

/** Decodes the escapes of a quoted key, so `"req\u0075ests"` is keyed as smol-toml keys it. */
function decodeBasicString(raw: string): string {
  return raw.replace(
    /\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|x([0-9a-fA-F]{2})|(.))/g,
    (_match, u4, u8, x2, simple) => {
      const hex = (u4 ?? u8 ?? x2) as string | undefined;
      if (hex !== undefined) return String.fromCodePoint(parseInt(hex, 16));
      return BASIC_ESCAPES[simple as string] ?? (simple as string);
    },
  );
}
