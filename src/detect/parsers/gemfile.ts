import { LineIndex, stripByteOrderMark } from '../text-span.js';
import type { DependencyRef } from '../types.js';

/**
 * Gemfile (also gems.rb): each `gem "name"` line. The section is the enclosing
 * `group ... do` block or the gem's own `group:` option, written `group :test`
 * (`group :development, :test` for several); gems outside any group have none.
 *
 * Every line is read by hand-written scanners, not regular expressions: a Gemfile comes from the
 * pull request, and a backtracking pattern over one long line took minutes (issue 11). Each
 * scanner looks at every character of a line a bounded number of times.
 */
export function parseGemfile(file: string, text: string): DependencyRef[] {
  text = stripByteOrderMark(text);
  const lines = new LineIndex(text);
  const refs: DependencyRef[] = [];
  const blocks: (string | undefined)[] = []; // the group section each open block names, if any
  let inDocComment = false;
  let offset = 0;
  for (const physical of text.split('\n')) {
    const lineStart = offset;
    offset += physical.length + 1;
    // `=begin` ... `=end` comments must start in column 1.
    if (inDocComment) {
      if (startsWithWord(physical, 0, '=end')) inDocComment = false;
      continue;
    }
    if (startsWithWord(physical, 0, '=begin')) {
      inDocComment = true;
      continue;
    }
    const code = withoutComment(physical).trimEnd();

    const gem = gemName(code);
    if (gem) {
      const option = groupOption(code, gem.end + 1);
      const section = option !== undefined ? groupSection(option) : blocks.findLast((g) => g !== undefined);
      const start = lineStart + gem.start;
      refs.push({
        ecosystem: 'gem',
        name: gem.name,
        location: lines.location(file, { start, end: start + gem.name.length }),
        ...(section !== undefined && { section }),
      });
      if (endsWithDo(code)) blocks.push(undefined);
      continue;
    }
    const group = groupBlockArguments(code);
    if (group !== undefined) blocks.push(groupSection(group));
    else if (endsWithDo(code) || startsWithKeyword(code)) blocks.push(undefined);
    else if (startsWithWord(code, skipSpace(code, 0), 'end')) blocks.pop();
  }
  return refs;
}

const isSpace = (char: string | undefined): boolean =>
  char === ' ' || char === '\t' || char === '\r' || char === '\f' || char === '\v';

const isWordChar = (char: string | undefined): boolean =>
  char !== undefined &&
  ((char >= 'a' && char <= 'z') ||
    (char >= 'A' && char <= 'Z') ||
    (char >= '0' && char <= '9') ||
    char === '_');

function skipSpace(text: string, from: number): number {
  while (isSpace(text[from])) from++;
  return from;
}

/** `word` stands at `at`, not followed by a word character (`\bword\b` when `at` starts a token). */
function startsWithWord(text: string, at: number, word: string): boolean {
  return text.startsWith(word, at) && !isWordChar(text[at + word.length]);
}

/** `gem "name"` or `gem('name'`: the name is the first string argument. `end` is the closing quote. */
function gemName(code: string): { name: string; start: number; end: number } | undefined {
  let at = skipSpace(code, 0);
  if (!code.startsWith('gem', at)) return undefined;
  at = skipSpace(code, at + 3);
  if (code[at] === '(') at = skipSpace(code, at + 1);
  const quote = code[at];
  if (quote !== '"' && quote !== "'") return undefined;
  const start = at + 1;
  let end = start;
  while (end < code.length && code[end] !== '"' && code[end] !== "'" && !isSpace(code[end])) end++;
  if (end === start || code[end] !== quote) return undefined;
  return { name: code.slice(start, end), start, end };
}

/** Ruby keywords that open a block closed by `end` when they start a statement. */
const BLOCK_KEYWORDS = ['if', 'unless', 'case', 'while', 'until', 'begin', 'def', 'class', 'module', 'for'];

function startsWithKeyword(code: string): boolean {
  const at = skipSpace(code, 0);
  return BLOCK_KEYWORDS.some((keyword) => startsWithWord(code, at, keyword));
}

/**
 * Where the `do` ending a (right-trimmed) line starts, optionally followed by block parameters
 * (`do |config|`); -1 when the line does not end with one.
 */
function trailingDo(code: string): number {
  let end = code.length;
  if (code[end - 1] === '|') {
    const opening = code.lastIndexOf('|', end - 2);
    if (opening === -1) return -1;
    end = opening;
    while (end > 0 && isSpace(code[end - 1])) end--;
  }
  const at = end - 2;
  if (at < 0 || code[at] !== 'd' || code[at + 1] !== 'o' || isWordChar(code[at - 1])) return -1;
  return at;
}

/** Any line ending in `do` opens a block whose `end` we must not mistake for a group's. */
function endsWithDo(code: string): boolean {
  return trailingDo(code) !== -1;
}

/** `group :test, :development do`: the text naming the groups, between `group` and `do`. */
function groupBlockArguments(code: string): string | undefined {
  const at = skipSpace(code, 0);
  if (!startsWithWord(code, at, 'group')) return undefined;
  const doAt = trailingDo(code);
  if (doAt < at + 5) return undefined;
  let start = skipSpace(code, at + 5);
  if (code[start] === '(') start++;
  let end = doAt;
  while (end > start && isSpace(code[end - 1])) end--;
  if (end > start && code[end - 1] === ')') end--;
  return code.slice(start, Math.max(start, end));
}

/**
 * An inline `group: :test`, `groups: [:a, :b]` or `:group => :test` option after the gem's name:
 * the value as written. Each `group` in the line is tried once; the closing `]` and quotes are looked
 * up through a memo, so a line of a million unclosed `group: [` stays linear.
 */
function groupOption(code: string, from: number): string | undefined {
  const nextOf = memoisedIndexOf(code);
  for (let at = code.indexOf('group', from); at !== -1; at = code.indexOf('group', at + 1)) {
    let after = at + 5;
    if (code[after] === 's') after++;
    let valueAt: number;
    if (code[after] === ':' && !isWordChar(code[at - 1])) {
      valueAt = after + 1; // `group:` / `groups:`
    } else if (code[at - 1] === ':') {
      const arrow = skipSpace(code, after); // `:group =>`
      if (!code.startsWith('=>', arrow)) continue;
      valueAt = arrow + 2;
    } else continue;
    valueAt = skipSpace(code, valueAt);
    const open = code[valueAt];
    if (open === '[' || open === '"' || open === "'") {
      const close = nextOf(open === '[' ? ']' : open, valueAt + 1);
      if (close !== -1) return code.slice(valueAt, close + 1);
    } else if (open === ':') {
      let end = valueAt + 1;
      while (isWordChar(code[end])) end++;
      if (end > valueAt + 1) return code.slice(valueAt, end);
    }
  }
  return undefined;
}

/** `indexOf` for searches whose start only moves forward: each character is scanned at most once per needle. */
function memoisedIndexOf(text: string): (needle: string, from: number) => number {
  const found = new Map<string, number>();
  return (needle, from) => {
    const previous = found.get(needle);
    if (previous !== undefined && (previous === -1 || previous >= from)) return previous;
    const index = text.indexOf(needle, from);
    found.set(needle, index);
    return index;
  };
}

/** `:development, "test"` or `[:a, :b]` → `group :development, :test`. */
function groupSection(groupArguments: string): string | undefined {
  const names = groupNames(groupArguments);
  return names.length > 0 ? `group ${names.map((name) => `:${name}`).join(', ')}` : undefined;
}

/** Symbols and strings of word characters, but not the keys of options such as `:optional => true`. */
function groupNames(text: string): string[] {
  const names: string[] = [];
  let at = 0;
  while (at < text.length) {
    const char = text[at];
    if (char !== ':' && char !== '"' && char !== "'") {
      at++;
      continue;
    }
    let end = at + 1;
    while (isWordChar(text[end])) end++;
    const name = text.slice(at + 1, end);
    if (char !== ':') {
      if (name === '' || text[end] !== char) {
        at++;
        continue;
      }
      end++; // the closing quote
    } else if (name === '') {
      at++;
      continue;
    }
    if (!text.startsWith('=>', skipSpace(text, end))) names.push(name);
    at = end;
  }
  return names;
}

/** The line up to its `#` comment, ignoring `#` inside quoted strings. */
function withoutComment(line: string): string {
  let quote: string | undefined;
  for (let index = 0; index < line.length; index++) {
    const char = line[index];
    if (quote) {
      if (char === '\\') index++;
      else if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '#') return line.slice(0, index);
  }
  return line;
}
