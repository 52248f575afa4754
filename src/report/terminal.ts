/**
 * Repository strings (waiver reasons, vendor names, plans, file paths, rule texts) are inert in
 * terminal output. A CI runner reads every stdout line that starts with `::` (leading blanks
 * ignored) as a workflow command — `::error::`, `::add-mask::`, `::stop-commands::` — and the legacy
 * `##[command]` form anywhere in a line; a terminal obeys ANSI escapes and carriage returns.
 */

/** C0 and C1 controls, DEL, line and paragraph separators, and bidirectional overrides (Trojan Source). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex -- the same, but newline and tab may stay
const UNSAFE_BUT_LAYOUT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escape(char: string): string {
  const code = char.charCodeAt(0);
  return (
    NAMED[char] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`)
  );
}

/** One repository string as one line of visible text: newlines, escapes and controls shown as `\n`, `\x1b`, ... */
export function inert(text: string): string {
  return text.replace(UNSAFE, escape);
}

/**
 * The last guard on everything the CLI prints as text: controls other than newline and tab are made
 * visible, a line that a runner would take for a workflow command gets a leading `\`, and `##[` is
 * broken up.
 */
export function guardTerminal(text: string): string {
  return text
    .replace(UNSAFE_BUT_LAYOUT, escape)
    .replace(/^([ \t]*)::/gm, '$1\\::')
    .replaceAll('##[', '#\\#[');
}

// eslint-disable-next-line no-control-regex -- JSON.stringify leaves these raw inside strings
const RAW_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * The same guard for JSON output (reports, SARIF), keeping it valid and equal in value: characters
 * JSON.stringify leaves raw become `\uXXXX` escapes, and `##[` becomes `##\u005b`. JSON escapes
 * newlines itself, so no line can start with `::`.
 */
export function guardJson(text: string): string {
  return text
    .replace(RAW_IN_JSON, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replaceAll('##[', '##\\u005b');
}

/** Guard one chunk of CLI output: JSON documents by {@link guardJson}, anything else by {@link guardTerminal}. */
export function guardOutput(text: string): string {
  return /^\s*[{[]/.test(text) ? guardJson(text) : guardTerminal(text);
}
