import { requirementName } from '../pep508.js';
import { LineIndex, stripByteOrderMark } from '../text-span.js';
import type { DependencyRef } from '../types.js';

/** One logical line: physical lines joined where they end with `\`, as pip joins them. */
interface LogicalLine {
  text: string;
  /** Where each joined piece starts, in the logical line and in the file. */
  pieces: { at: number; offset: number }[];
}

/**
 * requirements.txt (pip): one PEP 508 requirement per line. Comments, options
 * (`-r`, `-e`, `--hash`, `--index-url`, ...), URLs, paths and archives name no
 * project and are skipped.
 */
export function parseRequirementsTxt(file: string, text: string): DependencyRef[] {
  text = stripByteOrderMark(text);
  const lines = new LineIndex(text);
  const refs: DependencyRef[] = [];
  for (const line of logicalLines(text)) {
    // pip's comment rule: `#` at the start or after whitespace; `#egg=` in a URL is not a comment.
    const requirement = withoutComment(line.text);
    if (/^[ \t]*-/.test(requirement)) continue;
    const found = requirementName(requirement);
    if (!found) continue;
    const span = { start: fileOffset(line, found.start), end: fileOffset(line, found.end - 1) + 1 };
    refs.push({ ecosystem: 'pypi', name: found.name, location: lines.location(file, span) });
  }
  return refs;
}

/**
 * The line up to the first `#` that starts it or follows a space or tab, without the blanks before
 * it: what `replace(/(?:^|[ \t]+)#.*$/, '')` does, in one pass (that pattern is quadratic on a long
 * run of blanks with no `#`).
 */
function withoutComment(text: string): string {
  for (let at = text.indexOf('#'); at !== -1; at = text.indexOf('#', at + 1)) {
    if (at > 0 && text[at - 1] !== ' ' && text[at - 1] !== '\t') continue;
    let start = at;
    while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
    return text.slice(0, start);
  }
  return text;
}

function logicalLines(text: string): LogicalLine[] {
  const result: LogicalLine[] = [];
  let current: LogicalLine | undefined;
  let offset = 0;
  for (const physical of text.split('\n')) {
    const content = physical.endsWith('\r') ? physical.slice(0, -1) : physical;
    // A comment line ends the logical line even if it ends with a backslash (pip does the same).
    const continues = content.endsWith('\\') && !/^[ \t]*#/.test(content);
    const piece = continues ? content.slice(0, -1) : content;
    current ??= { text: '', pieces: [] };
    current.pieces.push({ at: current.text.length, offset });
    current.text += piece;
    if (!continues) {
      result.push(current);
      current = undefined;
    }
    offset += physical.length + 1;
  }
  if (current) result.push(current);
  return result;
}

/** Maps an index in a logical line back to an offset in the file. */
function fileOffset(line: LogicalLine, index: number): number {
  let piece = line.pieces[0] ?? { at: 0, offset: 0 };
  for (const candidate of line.pieces) {
    if (candidate.at <= index) piece = candidate;
  }
  return piece.offset + (index - piece.at);
}
