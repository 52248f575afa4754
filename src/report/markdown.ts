import { BUNDLED_RULES } from '../catalogue/generated/bundled-rules.js';

/** Markdown and HTML punctuation that could make text into markup: each gets a backslash. */
const PUNCTUATION = /[\\`*_[\]!|~#]/g;
/** Line breaks of every kind, and other control characters: a value stays on its one line. */
/* eslint-disable no-control-regex */
const BREAKS = /[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g;
const HAS_BREAK = /[\u0000-\u001f\u007f\u0085\u2028\u2029]/;
/** Joins characters invisibly, to break what GitHub would otherwise act on (a mention, an autolink). */
const ZERO_WIDTH_JOINER = '\u200d';
/* eslint-enable no-control-regex */

/**
 * Any text that came from the repository (a vendor name, a waiver reason, a path, a message quoting
 * them), made inert for markdown and for the HTML GitHub allows in it: no heading, list, link,
 * image, emphasis, table cell, HTML tag or comment, entity or autolink, and no `@mention` (a
 * zero-width joiner after `@` keeps GitHub from notifying anyone). It reads as the same characters,
 * on one line.
 */
export function inert(text: string): string {
  return text
    .replace(BREAKS, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(PUNCTUATION, '\\$&')
    .replace(/@/g, `@${ZERO_WIDTH_JOINER}`)
    .replace(/:\/\//g, `:/${ZERO_WIDTH_JOINER}/`)
    .replace(/\bwww\./gi, (www) => `${www.slice(0, 3)}${ZERO_WIDTH_JOINER}.`);
}

/**
 * Text in a code span, where markdown does nothing (an `@mention` or a tag stays text): as a code
 * span when the text can neither close it nor leave its line (or a table cell); inert text otherwise.
 */
export function code(text: string): string {
  if (/[`|]/.test(text) || HAS_BREAK.test(text) || text.trim() === '') return inert(text);
  return `\`${text}\``;
}

/** Every source URL a bundled rule cites: reviewed with the rule, so safe to link. */
let bundledUrls: Set<string> | undefined;

/**
 * A link only to an https URL that a bundled rule cites; any other URL (a local rule's, an
 * assurance's) is shown as inert text, so a repository cannot plant a link in the report.
 */
export function sourceLink(label: string, url: string): string {
  bundledUrls ??= new Set(BUNDLED_RULES.flatMap(({ rule }) => Object.values(rule.sources).map((s) => s.url)));
  if (url.startsWith('https://') && bundledUrls.has(url) && !/[\s()<>]/.test(url))
    return `[${label}](${url})`;
  return `${label}: ${inert(url)}`;
}

/** A markdown table row of cells already made safe (`inert`, `code`, `sourceLink`, our own text). */
export function tableRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}
