import { LineIndex, stripByteOrderMark, type Span } from '../text-span.js';
import type { DependencyRef } from '../types.js';

/**
 * go.mod: module paths from `require` lines and `require ( ... )` blocks. The
 * section is `require`, or `require (indirect)` for modules marked `// indirect`
 * (needed by a dependency, not imported by this module's own code).
 */
export function parseGoMod(file: string, text: string): DependencyRef[] {
  text = stripByteOrderMark(text);
  const lines = new LineIndex(text);
  const refs: DependencyRef[] = [];
  let block: string | undefined; // the verb of the `verb ( ... )` block we are in
  let offset = 0;
  for (const physical of text.split('\n')) {
    const lineStart = offset;
    offset += physical.length + 1;
    const code = withoutComment(physical);
    let entryAt: number | undefined;
    if (block !== undefined) {
      if (/^\s*\)/.test(code)) block = undefined;
      else if (block === 'require') entryAt = 0;
    } else {
      const opening = /^\s*([A-Za-z]+)\s*\(\s*$/.exec(code);
      if (opening) block = opening[1];
      else {
        const single = /^\s*require\s+/.exec(code);
        if (single) entryAt = single[0].length;
      }
    }
    if (entryAt === undefined) continue;
    const path = modulePath(code, entryAt);
    if (!path) continue;
    const indirect = /\/\/\s*indirect\b/.test(physical.slice(code.length));
    refs.push({
      ecosystem: 'go',
      name: path.name,
      location: lines.location(file, { start: lineStart + path.span.start, end: lineStart + path.span.end }),
      section: indirect ? 'require (indirect)' : 'require',
    });
  }
  return refs;
}

/** The line up to its `//` comment (module paths and versions never contain `//`). */
function withoutComment(line: string): string {
  const comment = line.indexOf('//');
  return (comment === -1 ? line : line.slice(0, comment)).replace(/\r$/, '');
}

/** The first token from `from`: a bare path, or a "quoted" or `raw` one (span without the quotes). */
function modulePath(code: string, from: number): { name: string; span: Span } | undefined {
  let start = from;
  while (code[start] === ' ' || code[start] === '\t') start++;
  const quote = code[start];
  if (quote === '"' || quote === '`') {
    const end = code.indexOf(quote, start + 1);
    if (end === -1) return undefined;
    return { name: code.slice(start + 1, end), span: { start: start + 1, end } };
  }
  const token = /[^\s"`]+/y;
  token.lastIndex = start;
  const match = token.exec(code);
  return match ? { name: match[0], span: { start, end: start + match[0].length } } : undefined;
}
