import { Lexer, type LineCounter } from 'yaml';

/**
 * The mistakes people make in YAML, in plain words with the likely fix (SPEC §7.4), from the yaml
 * library's error code, its offset and the source text. Undefined when the error is not one of them.
 */
export interface ExplainedYamlError {
  message: string;
  /** Where the mistake is, which is not always where the parser noticed it ([start, end) offsets). */
  start: number;
  end: number;
}

/** Lexer control codes that stand for no source text (see yaml's cst.js). */
const CONTROL_LEXEMES = new Set(['\x02', '\x18', '\x1f']);

export function explainYamlError(
  code: string,
  message: string,
  offset: number,
  text: string,
  lineCounter: LineCounter,
): ExplainedYamlError | undefined {
  const at = (o: number) => {
    const p = lineCounter.linePos(o);
    return `${p.line}:${p.col}`;
  };
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  // Indentation errors point at the line's start; the mistake is where its text begins.
  if (offset === lineStart) offset += /^[ ]*/.exec(text.slice(offset))![0].length;
  const before = text.slice(lineStart, offset);
  const atKey = /^\s*(- +)*$/.test(before);
  const lineEnd = text.indexOf('\n', offset) < 0 ? text.length : text.indexOf('\n', offset);
  const fromHere = text
    .slice(offset, lineEnd)
    .replace(/\s+#.*$/, '')
    .trimEnd();

  if (code === 'MISSING_CHAR' && /closing ["']?quote/.test(message)) {
    const open = unclosedQuote(text);
    if (open !== undefined)
      return {
        message: `the quote opened at ${at(open.offset)} is never closed: add the closing ${open.quote} where the text ends`,
        start: open.offset,
        end: open.offset + 1,
      };
  }
  if (code === 'BAD_INDENT' && /^Flow (sequence|map)/.test(message)) {
    const open = openBracketBefore(text, offset);
    if (open !== undefined) {
      const close = open.bracket === '[' ? ']' : '}';
      return {
        message: open.closedLater
          ? `the '${open.bracket}' opened at ${at(open.offset)} continues on a line indented no deeper than its key: indent the continuation lines, or keep it on one line`
          : `the '${open.bracket}' opened at ${at(open.offset)} is never closed: add '${close}' after its last entry`,
        start: open.offset,
        end: open.offset + 1,
      };
    }
  }
  if (code === 'TAB_AS_INDENT') {
    return {
      message: 'tabs are not allowed for indentation in YAML; use spaces',
      start: offset,
      end: offset + 1,
    };
  }
  if (
    (code === 'MISSING_CHAR' && /Implicit map keys need to be followed by map values/.test(message)) ||
    code === 'MULTILINE_IMPLICIT_KEY' ||
    code === 'BLOCK_AS_IMPLICIT_KEY'
  ) {
    const noSpace = /^([^\s:#'"[\]{},]+):(?=[^\s/])/.exec(fromHere);
    if (atKey && noSpace) {
      const colon = offset + noSpace[1]!.length;
      return {
        message: `missing space after ':' in '${fromHere}': write '${noSpace[1]}: ${fromHere.slice(noSpace[0].length)}'`,
        start: colon,
        end: colon + 1,
      };
    }
    const bare = /^([A-Za-z0-9_.-]+)(\s+\S.*)?$/.exec(fromHere);
    if (atKey && bare && !fromHere.includes(': ')) {
      return {
        message: `missing ':' after '${bare[1]}': write '${bare[1]}:${bare[2] ? ` ${bare[2].trim()}` : ''}'`,
        start: offset,
        end: offset + bare[1]!.length,
      };
    }
    const deeper = deeperNextLine(text, lineStart, lineEnd);
    if (deeper !== undefined) {
      const key = /([^\s:-][^\s:]*):\s*$/.exec(before)?.[1];
      return {
        message: `line ${lineCounter.linePos(deeper.offset).line} is indented deeper than ${key ? `'${key}'` : 'the line above'} (column ${deeper.column} instead of ${key ? before.lastIndexOf(key) + 1 : offset - lineStart + 1}): line its key up with ${key ? `'${key}'` : 'the keys above'}`,
        start: deeper.offset,
        end: deeper.offset + deeper.length,
      };
    }
  }
  if (code === 'MISSING_CHAR' && /Sequence item without - indicator/.test(message)) {
    const item = itemAbove(text, lineStart);
    const column = offset - lineStart + 1;
    return {
      message:
        `this line is inside a list but does not start with '-'` +
        (item !== undefined
          ? `: start a new item with '- ', or indent it to line up with the item's keys above (column ${item}, not ${column})`
          : `: start a new item with '- '`),
      start: offset,
      end: offset + Math.max(1, fromHere.length),
    };
  }
  if (code === 'BAD_INDENT' && /All mapping items must start at the same column/.test(message)) {
    const sibling = previousContentLine(text, lineStart);
    const indent = offset - lineStart;
    if (sibling !== undefined && sibling.indent !== indent)
      return {
        message: `this key is indented ${indent} spaces, but '${sibling.key}' above it is indented ${sibling.indent}: keys of one mapping must line up`,
        start: offset,
        end: offset + Math.max(1, /^[^:\s]*/.exec(fromHere)![0].length),
      };
  }
  return undefined;
}

/** The lexemes with their offsets, skipping control codes. */
function* lexemes(text: string): Generator<{ lexeme: string; offset: number }> {
  let offset = 0;
  for (const lexeme of new Lexer().lex(text)) {
    if (CONTROL_LEXEMES.has(lexeme)) continue;
    yield { lexeme, offset };
    offset += lexeme.length;
  }
}

/** The first quoted scalar that never closes: where it opens and which quote it is. */
function unclosedQuote(text: string): { offset: number; quote: string } | undefined {
  for (const { lexeme, offset } of lexemes(text)) {
    const quote = lexeme[0];
    if (quote !== '"' && quote !== "'") continue;
    const closed =
      lexeme.length >= 2 &&
      lexeme.endsWith(quote) &&
      (quote === "'" || /(^|[^\\])(\\\\)*"$/.test(lexeme.slice(1)));
    if (!closed) return { offset, quote };
  }
  return undefined;
}

/** The innermost `[` or `{` still open at `before`, and whether it closes later in the file. */
function openBracketBefore(
  text: string,
  before: number,
): { offset: number; bracket: '[' | '{'; closedLater: boolean } | undefined {
  const stack: { offset: number; bracket: '[' | '{' }[] = [];
  let open: { offset: number; bracket: '[' | '{' } | undefined;
  let depthAtOpen = 0;
  for (const { lexeme, offset } of lexemes(text)) {
    if (open === undefined && offset >= before) {
      open = stack[stack.length - 1];
      if (open === undefined) return undefined;
      depthAtOpen = stack.length;
    }
    if (lexeme === '[' || lexeme === '{') stack.push({ offset, bracket: lexeme });
    else if ((lexeme === ']' || lexeme === '}') && stack.length > 0) {
      stack.pop();
      if (open !== undefined && stack.length < depthAtOpen) return { ...open, closedLater: true };
    }
  }
  open ??= stack[stack.length - 1];
  return open && { ...open, closedLater: false };
}

/** The next non-blank, non-comment line, when it is indented deeper than the line at `lineStart`. */
function deeperNextLine(
  text: string,
  lineStart: number,
  lineEnd: number,
): { offset: number; column: number; length: number } | undefined {
  const indentOf = (line: string) => line.length - line.trimStart().length;
  const line = text.slice(lineStart, lineEnd);
  const base = indentOf(line.replace(/^(\s*)- /, '$1  '));
  let start = lineEnd + 1;
  while (start < text.length) {
    const end = text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start);
    const next = text.slice(start, end);
    if (next.trim() !== '' && !next.trim().startsWith('#')) {
      const indent = indentOf(next);
      return indent > base
        ? { offset: start + indent, column: indent + 1, length: next.trim().length }
        : undefined;
    }
    start = end + 1;
  }
  return undefined;
}

/** The column where the keys of the nearest list item above start (`- vendor:` → the `v`). */
function itemAbove(text: string, lineStart: number): number | undefined {
  const lines = text.slice(0, lineStart).split('\n').reverse();
  for (const line of lines) {
    const item = /^(\s*)- +(?=\S)/.exec(line);
    if (item) return item[0].length + 1;
  }
  return undefined;
}

/** The nearest line above with a `key:`, its key and indentation. */
function previousContentLine(text: string, lineStart: number): { key: string; indent: number } | undefined {
  const lines = text
    .slice(0, Math.max(0, lineStart - 1))
    .split('\n')
    .reverse();
  for (const line of lines) {
    const match = /^(\s*)(?:- +)?([^\s:#][^:#]*?):(\s|$)/.exec(line);
    if (match) return { key: match[2]!, indent: match[1]!.length };
  }
  return undefined;
}
