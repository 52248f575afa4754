import type { Span } from './text-span.js';

/** A JSON string with the span of its contents as written (between the quotes). */
export interface JsonString {
  kind: 'string';
  value: string;
  span: Span;
}
export interface JsonObject {
  kind: 'object';
  members: { key: JsonString; value: JsonValue }[];
}
export interface JsonArray {
  kind: 'array';
  items: JsonValue[];
}
/** Numbers, booleans and null: detectors never need their values. */
export interface JsonScalar {
  kind: 'scalar';
}
export type JsonValue = JsonObject | JsonArray | JsonString | JsonScalar;

/** Deeper nesting than any real manifest; keeps hostile input from exhausting the stack. */
const MAX_DEPTH = 256;

/** A run of string characters with no quote, backslash or control character. */
// eslint-disable-next-line no-control-regex -- JSON strings may not hold raw control characters
const PLAIN_STRING = /[^"\\\u0000-\u001f]*/y;

class JsonSyntaxError extends Error {}

/**
 * Parses strict JSON (RFC 8259), keeping the span of every string so a detector
 * can point at a key as written. Returns undefined for malformed input instead
 * of throwing. Duplicate keys are all kept, in order.
 */
export function parseJsonWithSpans(text: string): JsonValue | undefined {
  try {
    const parser = new JsonParser(text);
    const value = parser.value(0);
    parser.skipWhitespace();
    if (!parser.atEnd()) return undefined;
    return value;
  } catch (error) {
    if (error instanceof JsonSyntaxError) return undefined;
    throw error;
  }
}

/** The members of an object, or an empty list for any other value. */
export function objectMembers(value: JsonValue | undefined): JsonObject['members'] {
  return value?.kind === 'object' ? value.members : [];
}

/** The last value of `key` in an object, as JSON.parse would keep it. */
export function memberValue(value: JsonValue | undefined, key: string): JsonValue | undefined {
  return objectMembers(value).findLast((member) => member.key.value === key)?.value;
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const SIMPLE_ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

class JsonParser {
  private offset = 0;

  constructor(private readonly text: string) {}

  atEnd(): boolean {
    return this.offset >= this.text.length;
  }

  skipWhitespace(): void {
    while (this.offset < this.text.length) {
      const char = this.text[this.offset];
      if (char !== ' ' && char !== '\t' && char !== '\n' && char !== '\r') return;
      this.offset++;
    }
  }

  value(depth: number): JsonValue {
    if (depth > MAX_DEPTH) throw new JsonSyntaxError('nested too deeply');
    this.skipWhitespace();
    const char = this.text[this.offset];
    if (char === '{') return this.object(depth);
    if (char === '[') return this.array(depth);
    if (char === '"') return this.string();
    for (const literal of ['true', 'false', 'null']) {
      if (this.text.startsWith(literal, this.offset)) {
        this.offset += literal.length;
        return { kind: 'scalar' };
      }
    }
    NUMBER.lastIndex = this.offset;
    if (NUMBER.test(this.text)) {
      this.offset = NUMBER.lastIndex;
      return { kind: 'scalar' };
    }
    throw new JsonSyntaxError(`unexpected character at ${this.offset}`);
  }

  private expect(char: string): void {
    this.skipWhitespace();
    if (this.text[this.offset] !== char) throw new JsonSyntaxError(`expected ${char} at ${this.offset}`);
    this.offset++;
  }

  /** True (and consumes it) when the next non-blank character is `char`. */
  private accept(char: string): boolean {
    this.skipWhitespace();
    if (this.text[this.offset] !== char) return false;
    this.offset++;
    return true;
  }

  private object(depth: number): JsonObject {
    this.expect('{');
    const members: JsonObject['members'] = [];
    if (this.accept('}')) return { kind: 'object', members };
    do {
      this.skipWhitespace();
      if (this.text[this.offset] !== '"') throw new JsonSyntaxError(`expected a key at ${this.offset}`);
      const key = this.string();
      this.expect(':');
      members.push({ key, value: this.value(depth + 1) });
    } while (this.accept(','));
    this.expect('}');
    return { kind: 'object', members };
  }

  private array(depth: number): JsonArray {
    this.expect('[');
    const items: JsonValue[] = [];
    if (this.accept(']')) return { kind: 'array', items };
    do items.push(this.value(depth + 1));
    while (this.accept(','));
    this.expect(']');
    return { kind: 'array', items };
  }

  private string(): JsonString {
    this.offset++; // opening quote
    const start = this.offset;
    // Most strings hold no escape: take them in one slice rather than a character at a time.
    PLAIN_STRING.lastIndex = start;
    const plain = PLAIN_STRING.exec(this.text);
    if (plain && this.text[PLAIN_STRING.lastIndex] === '"') {
      this.offset = PLAIN_STRING.lastIndex + 1;
      return { kind: 'string', value: plain[0], span: { start, end: PLAIN_STRING.lastIndex } };
    }
    let value = '';
    for (;;) {
      const char = this.text[this.offset];
      if (char === undefined) throw new JsonSyntaxError('unterminated string');
      if (char === '"') break;
      if (char.charCodeAt(0) < 0x20)
        throw new JsonSyntaxError(`control character in string at ${this.offset}`);
      if (char !== '\\') {
        value += char;
        this.offset++;
        continue;
      }
      const escape = this.text[this.offset + 1] ?? '';
      const simple = SIMPLE_ESCAPES[escape];
      if (simple !== undefined) {
        value += simple;
        this.offset += 2;
      } else if (
        escape === 'u' &&
        /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.offset + 2, this.offset + 6))
      ) {
        value += String.fromCharCode(parseInt(this.text.slice(this.offset + 2, this.offset + 6), 16));
        this.offset += 6;
      } else {
        throw new JsonSyntaxError(`bad escape at ${this.offset}`);
      }
    }
    const end = this.offset;
    this.offset++; // closing quote
    return { kind: 'string', value, span: { start, end } };
  }
}
