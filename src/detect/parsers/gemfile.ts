import { LineIndex, stripByteOrderMark } from '../text-span.js';
import type { DependencyRef } from '../types.js';

/** `gem "name"` or `gem('name'`: the name is the first string argument. */
const GEM = /^\s*gem\s*\(?\s*(["'])([^"'\s]+)\1/;
/** `group :test, :development do`: the groups named before `do`. */
const GROUP_BLOCK = /^\s*group\s*\(?(.*?)\)?\s*do\s*(?:\|[^|]*\|\s*)?$/;
/** Any other line ending in `do` opens a block whose `end` we must not mistake for a group's. */
const DO_BLOCK = /\bdo\s*(?:\|[^|]*\|\s*)?$/;
/** Ruby keywords that open a block closed by `end` when they start a statement. */
const KEYWORD_BLOCK = /^\s*(?:if|unless|case|while|until|begin|def|class|module|for)\b/;
const END = /^\s*end\b/;
/** An inline `group: :test`, `groups: [:a, :b]` or `:group => :test` option. */
const GROUP_OPTION = /(?:\bgroups?:|:groups?\s*=>)\s*(\[[^\]]*\]|:\w+|"[^"]*"|'[^']*')/;

/**
 * Gemfile (also gems.rb): each `gem "name"` line. The section is the enclosing
 * `group ... do` block or the gem's own `group:` option, written `group :test`
 * (`group :development, :test` for several); gems outside any group have none.
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
      if (/^=end\b/.test(physical)) inDocComment = false;
      continue;
    }
    if (/^=begin\b/.test(physical)) {
      inDocComment = true;
      continue;
    }
    const code = withoutComment(physical).trimEnd();

    const gem = GEM.exec(code);
    if (gem) {
      const name = gem[2] ?? '';
      const start = lineStart + gem[0].length - 1 - name.length;
      const option = GROUP_OPTION.exec(code.slice(gem[0].length));
      const section = option
        ? groupSection(option[1] ?? '')
        : blocks.findLast((group) => group !== undefined);
      refs.push({
        ecosystem: 'gem',
        name,
        location: lines.location(file, { start, end: start + name.length }),
        ...(section !== undefined && { section }),
      });
      if (DO_BLOCK.test(code)) blocks.push(undefined);
      continue;
    }
    const group = GROUP_BLOCK.exec(code);
    if (group) blocks.push(groupSection(group[1] ?? ''));
    else if (DO_BLOCK.test(code) || KEYWORD_BLOCK.test(code)) blocks.push(undefined);
    else if (END.test(code)) blocks.pop();
  }
  return refs;
}

/** `:development, "test"` or `[:a, :b]` → `group :development, :test`. */
function groupSection(groupArguments: string): string | undefined {
  // Symbols and strings, but not the keys of options such as `:optional => true`.
  const names = [...groupArguments.matchAll(/:(\w+)\b(?!\s*=>)|(["'])(\w+)\2(?!\s*=>)/g)].map(
    (match) => match[1] ?? match[3],
  );
  return names.length > 0 ? `group ${names.map((name) => `:${name}`).join(', ')}` : undefined;
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
