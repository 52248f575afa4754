import { LineIndex, stripByteOrderMark, type Span } from '../text-span.js';
import type { DependencyRef } from '../types.js';

/** `KEY=`, `export KEY =`; the value is never read beyond finding where it ends. */
const ASSIGNMENT = /^([ \t]*(?:export[ \t]+)?)([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*=/;
/** The same, commented out: `# KEY=`, `## export KEY=`. */
const COMMENTED_ASSIGNMENT = /^([ \t]*#+[ \t]*(?:export[ \t]+)?)([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*=/;

/**
 * An env example file (`.env.example`, `example.env`, ...): one ref per key, at its
 * first assignment. A key that is only ever assigned in comments is reported
 * there with `commented: true`. Values are skipped, never returned.
 */
export function parseEnvExample(file: string, text: string): DependencyRef[] {
  text = stripByteOrderMark(text);
  const lines = new LineIndex(text);
  const active = new Map<string, Span>();
  const commented = new Map<string, Span>();
  let openQuote: string | undefined; // inside a quoted value that spans lines
  let offset = 0;
  for (const line of text.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    if (openQuote !== undefined) {
      if (closesQuote(line, 0, openQuote)) openQuote = undefined;
      continue;
    }
    const assignment = ASSIGNMENT.exec(line);
    const match = assignment ?? COMMENTED_ASSIGNMENT.exec(line);
    if (!match) continue;
    const key = match[2] ?? '';
    const start = lineStart + (match[1] ?? '').length;
    const keys = assignment ? active : commented;
    if (!keys.has(key)) keys.set(key, { start, end: start + key.length });
    if (assignment) openQuote = unclosedQuote(line.slice(match[0].length));
  }
  const refs: DependencyRef[] = [];
  for (const [name, span] of active) {
    refs.push({ ecosystem: 'env', name, location: lines.location(file, span) });
  }
  for (const [name, span] of commented) {
    if (active.has(name)) continue;
    refs.push({ ecosystem: 'env', name, location: lines.location(file, span), commented: true });
  }
  return refs.sort((a, b) => a.location.line - b.location.line);
}

/** The quote a value opens and does not close on its line (dotenv allows multi-line quoted values). */
function unclosedQuote(value: string): string | undefined {
  const trimmed = value.replace(/^[ \t]+/, '');
  const quote = trimmed[0];
  if (quote !== '"' && quote !== "'" && quote !== '`') return undefined;
  return closesQuote(trimmed, 1, quote) ? undefined : quote;
}

function closesQuote(text: string, from: number, quote: string): boolean {
  for (let index = from; index < text.length; index++) {
    if (text[index] === '\\' && quote === '"') index++;
    else if (text[index] === quote) return true;
  }
  return false;
}
