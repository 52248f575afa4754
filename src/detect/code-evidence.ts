import { realpath } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { RegionSignal, RegionSignalKind, VendorRule } from '../catalogue/types.js';
import type { Location } from '../source/location.js';
import type { Region } from '../vocabulary.js';
import { CommentTracker, commentStyleFor } from './comment-lines.js';
import { HostIndex, hostOfToken, isTokenChar, type HostGlobMatch } from './host-match.js';
import { listRepoFilesWhere } from './list-files.js';
import { readRepoFile } from './scan.js';
import { matchSequence } from './glob.js';
import { byPosition } from './text-span.js';

/**
 * The code-evidence scan (SPEC §7.1, §7.2): the repository's tracked text files, read once each,
 * searched for the hosts of every rule's `detect.hosts` and for every `detect.regions` signal.
 * One pass per file extracts host-like tokens and `key = value` assignments and looks each up in
 * hash maps, so the cost is linear in the text whatever the number of rules, and no regular
 * expression ever runs over file content.
 */

/** A vendor host found in the code: a trace of the vendor for the inventory checks. */
export interface HostEvidence {
  vendor: string;
  /** The `detect.hosts` glob that matched. */
  host: string;
  /** The host as written. */
  text: string;
  location: Location;
}

/** A region signal found in the code. */
export interface RegionEvidence {
  vendor: string;
  signal: 'host' | 'env-value' | 'file-key';
  /** Position of the signal in the rule's `detect.regions`. */
  signalIndex: number;
  region: Region;
  kind: RegionSignalKind;
  /** The key of the rule's `sources` the signal cites. */
  source: string;
  quote?: string;
  /** What was matched, as written: the host, or the `key = value` assignment. */
  text: string;
  location: Location;
}

export interface CodeEvidence {
  hosts: HostEvidence[];
  regions: RegionEvidence[];
  /** Files read and searched. */
  filesRead: number;
}

export interface CodeEvidenceOptions {
  /** Globs of repo-relative paths to skip (the `scan-ignore` input). */
  ignore?: readonly string[];
  /** Files larger than this are skipped unread. Default 1 MiB (SPEC §7.1). */
  maxFileBytes?: number;
  /** Told about each listed file that was not searched (unreadable, too large, binary), and why. */
  onSkip?: (file: string, reason: string) => void;
}

const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

/** Gather host and region evidence from the repository at `root` (a git checkout, or any folder). */
export async function gatherCodeEvidence(
  root: string,
  rules: readonly VendorRule[],
  options: CodeEvidenceOptions = {},
): Promise<CodeEvidence> {
  const index = buildEvidenceIndex(rules);
  const evidence: CodeEvidence = { hosts: [], regions: [], filesRead: 0 };
  if (index.isEmpty) return evidence;
  const realRoot = await realpath(resolve(root));
  const files = await listRepoFilesWhere(realRoot, (path) => evidenceSkipReason(path) === undefined, {
    ignore: options.ignore ?? [],
  });
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  for (const file of files) {
    const read = readRepoFile(realRoot, file, maxBytes);
    if ('skipped' in read) {
      options.onSkip?.(file, read.skipped);
      continue;
    }
    if (looksBinary(read.text)) {
      options.onSkip?.(file, 'it is a binary file');
      continue;
    }
    evidence.filesRead++;
    const found = scanTextForEvidence(file, read.text, index);
    for (const host of found.hosts) evidence.hosts.push(host);
    for (const region of found.regions) evidence.regions.push(region);
  }
  return evidence;
}

/** As git decides: a NUL in the first 8,000 characters makes a file binary. */
function looksBinary(text: string): boolean {
  const nul = text.indexOf('\0');
  return nul !== -1 && nul < 8000;
}

// ---------------------------------------------------------------------------------------------
// Which files are read (SPEC §7.1)

const TEST_FOLDERS = new Set(['test', 'tests', '__tests__', 'spec', 'specs', '__mocks__', 'e2e', 'cypress']);
const FIXTURE_FOLDERS = new Set(['fixtures', '__fixtures__', 'testdata', 'test-data', '__snapshots__']);
const DOC_FOLDERS = new Set(['docs', 'doc']);
const EXAMPLE_FOLDERS = new Set(['examples', 'example', 'samples']);
/** Generated, vendored and build output beyond what the dependency scan already skips. */
const BUILD_FOLDERS = new Set(['generated', '__generated__', 'coverage', 'storybook-static', 'Pods']);
const LOCK_FILES = new Set([
  'package-lock.json',
  'npm-shrinkwrap.json',
  'yarn.lock',
  'pnpm-lock.yaml',
  'bun.lock',
  'bun.lockb',
  'Gemfile.lock',
  'poetry.lock',
  'Pipfile.lock',
  'uv.lock',
  'pdm.lock',
  'Cargo.lock',
  'go.sum',
  'composer.lock',
  'mix.lock',
  'pubspec.lock',
  'Podfile.lock',
  'packages.lock.json',
]);
const DOC_EXTENSIONS = new Set(['md', 'mdx', 'markdown', 'rst', 'adoc']);
/** Read unopened: never text. Anything else is read and checked for NUL bytes. */
const BINARY_EXTENSIONS = new Set(
  (
    'png jpg jpeg gif webp avif ico bmp tif tiff psd pdf zip gz tgz bz2 xz zst 7z rar jar war ear ' +
    'woff woff2 ttf otf eot mp3 mp4 m4a wav ogg flac mov avi mkv webm wasm so dylib dll exe bin ' +
    'class pyc pyo o a lib obj sqlite sqlite3 db keystore jks p12 pfx der'
  ).split(' '),
);

/**
 * Why the code-evidence scan does not read a repo-relative path, or undefined when it does.
 * Vendored, build, virtualenv and dot folders are already left out by the file listing.
 */
export function evidenceSkipReason(path: string): string | undefined {
  const segments = path.split('/');
  const name = segments[segments.length - 1] ?? '';
  for (const folder of segments.slice(0, -1)) {
    if (TEST_FOLDERS.has(folder)) return 'test code';
    if (FIXTURE_FOLDERS.has(folder)) return 'a fixture';
    if (DOC_FOLDERS.has(folder)) return 'documentation';
    if (EXAMPLE_FOLDERS.has(folder)) return 'an example';
    if (BUILD_FOLDERS.has(folder)) return 'generated or build output';
  }
  if (LOCK_FILES.has(name)) return 'a lock file';
  const lower = name.toLowerCase();
  const parts = lower.split('.');
  const extension = parts.length > 1 ? (parts[parts.length - 1] ?? '') : '';
  const inner = parts.slice(1, -1);
  if (inner.includes('test') || inner.includes('spec')) return 'test code';
  if (/^test_.*\.py$/.test(lower) || /_test\.(go|py|rb|exs)$/.test(lower) || lower.endsWith('_spec.rb'))
    return 'test code';
  if (DOC_EXTENSIONS.has(extension)) return 'documentation';
  if (inner.includes('min') || extension === 'map') return 'minified or a source map';
  if (inner.includes('generated')) return 'generated';
  if (BINARY_EXTENSIONS.has(extension)) return 'a binary file';
  // Real env files may hold secrets: like the dependency scan, read templates only.
  if (name === '.env' || (name.startsWith('.env.') && name.endsWith('.local'))) return 'a real env file';
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// The index: every rule's hosts and signals, in hash maps

type HostEntry =
  | { type: 'host'; vendor: string; glob: string }
  | { type: 'signal'; vendor: string; signalIndex: number; signal: RegionSignal };

interface ValueEntry {
  vendor: string;
  signalIndex: number;
  signal: RegionSignal;
  /** Lower case. */
  value: string;
}

/** The signals for one key, by exact value (lower case) and, for value globs, in a list. */
interface KeyEntries {
  exact: Map<string, ValueEntry[]>;
  globbed: ValueEntry[];
}

interface FileKeyGroup {
  fileGlob: string;
  keys: Map<string, KeyEntries>;
}

export interface EvidenceIndex {
  readonly isEmpty: boolean;
  readonly hosts: HostIndex<HostEntry>;
  readonly envKeys: Map<string, KeyEntries>;
  readonly fileKeys: FileKeyGroup[];
  /** File name → the file-key entries that apply to it (merged), cached. */
  readonly fileKeysByName: Map<string, Map<string, KeyEntries> | undefined>;
}

/** Index every rule's `detect.hosts` and `detect.regions`, once per run. */
export function buildEvidenceIndex(rules: readonly VendorRule[]): EvidenceIndex {
  const hosts = new HostIndex<HostEntry>();
  const envKeys = new Map<string, KeyEntries>();
  const fileKeyGroups = new Map<string, FileKeyGroup>();
  let count = 0;
  for (const rule of rules) {
    for (const glob of rule.detect?.hosts ?? []) {
      hosts.add(glob, { type: 'host', vendor: rule.id, glob });
      count++;
    }
    (rule.detect?.regions ?? []).forEach((signal, signalIndex) => {
      count++;
      if ('host' in signal) {
        hosts.add(signal.host, { type: 'signal', vendor: rule.id, signalIndex, signal });
      } else if ('env-value' in signal) {
        const { key, value } = signal['env-value'];
        addValueEntry(envKeys, key, { vendor: rule.id, signalIndex, signal, value: value.toLowerCase() });
      } else {
        const { file, key, value } = signal['file-key'];
        let group = fileKeyGroups.get(file);
        if (!group) fileKeyGroups.set(file, (group = { fileGlob: file, keys: new Map() }));
        addValueEntry(group.keys, key, { vendor: rule.id, signalIndex, signal, value: value.toLowerCase() });
      }
    });
  }
  return {
    isEmpty: count === 0,
    hosts,
    envKeys,
    fileKeys: [...fileKeyGroups.values()],
    fileKeysByName: new Map(),
  };
}

function addValueEntry(keys: Map<string, KeyEntries>, key: string, entry: ValueEntry): void {
  let entries = keys.get(key);
  if (!entries) keys.set(key, (entries = { exact: new Map(), globbed: [] }));
  if (entry.value.includes('*')) entries.globbed.push(entry);
  else {
    const list = entries.exact.get(entry.value);
    if (list) list.push(entry);
    else entries.exact.set(entry.value, [entry]);
  }
}

function fileKeysFor(index: EvidenceIndex, name: string): Map<string, KeyEntries> | undefined {
  if (index.fileKeys.length === 0) return undefined;
  if (index.fileKeysByName.has(name)) return index.fileKeysByName.get(name);
  let merged: Map<string, KeyEntries> | undefined;
  for (const group of index.fileKeys) {
    if (!matchesWildcard(group.fileGlob, name)) continue;
    merged ??= new Map();
    for (const [key, entries] of group.keys) {
      const into = merged.get(key) ?? { exact: new Map<string, ValueEntry[]>(), globbed: [] };
      for (const [value, list] of entries.exact)
        into.exact.set(value, [...(into.exact.get(value) ?? []), ...list]);
      into.globbed.push(...entries.globbed);
      merged.set(key, into);
    }
  }
  // Bounded: a repository has far fewer distinct file names than files.
  if (index.fileKeysByName.size < 10_000) index.fileKeysByName.set(name, merged);
  return merged;
}

/**
 * `*` stands for any run of characters (including none); nothing else is special. The greedy
 * algorithm backtracks only to the latest `*`: at worst pattern length × text length steps.
 */
export function matchesWildcard(pattern: string, text: string): boolean {
  return matchSequence(
    pattern,
    text,
    (token, unit) => token === unit,
    (token) => token === '*',
  );
}

// ---------------------------------------------------------------------------------------------
// Searching one file

/** The longest value (or inline list) read after a key: a config value is short, hostile input is not. */
const MAX_VALUE_LENGTH = 256;
const MAX_LIST_LENGTH = 512;

/** Counts the characters each part of the scan examines, for tests bounding work on hostile input. */
export interface ScanWork {
  units: number;
}

/**
 * Search one file's text (repo-relative `file`, BOM removed) for hosts and region signals. Pure.
 * Matches in comments are dropped; results come in reading order.
 */
export function scanTextForEvidence(
  file: string,
  text: string,
  index: EvidenceIndex,
  work: ScanWork = { units: 0 },
): { hosts: HostEvidence[]; regions: RegionEvidence[] } {
  const hosts: HostEvidence[] = [];
  const regions: RegionEvidence[] = [];
  const name = file.slice(file.lastIndexOf('/') + 1);
  const fileKeys = fileKeysFor(index, name);
  const comments = new CommentTracker(text, commentStyleFor(file));
  const hasHosts = index.hosts.size > 0;
  const hasKeys = index.envKeys.size > 0 || fileKeys !== undefined;
  const seen = new Set<string>();

  const locate = (start: number, end: number): Location => {
    const line = comments.lineAt(start);
    return {
      file,
      line: line.line,
      column: start - line.start + 1,
      endLine: line.line,
      endColumn: end - line.start + 1,
    };
  };
  const addRegion = (
    entry: { vendor: string; signalIndex: number; signal: RegionSignal },
    start: number,
    end: number,
  ): void => {
    const key = `${start}:${end}:${entry.vendor}:${entry.signal.region}:${entry.signal.kind}`;
    if (seen.has(key)) return; // two globs of one vendor saying the same thing about one span
    seen.add(key);
    const { signal } = entry;
    regions.push({
      vendor: entry.vendor,
      signal: 'host' in signal ? 'host' : 'env-value' in signal ? 'env-value' : 'file-key',
      signalIndex: entry.signalIndex,
      region: signal.region,
      kind: signal.kind,
      source: signal.source,
      ...(signal.quote !== undefined ? { quote: signal.quote } : {}),
      text: text.slice(start, end),
      location: locate(start, end),
    });
  };

  // Anchors found by native string search, so most characters are never looked at one by one: a
  // `.` for hosts, `=` and `:` for assignments. Hits are rare; they are checked against comments
  // in reading order afterwards, because the comment tracker only moves forwards.
  const hits: Hit[] = [];
  const length = text.length;
  if (hasHosts) {
    for (let dot = text.indexOf('.'); dot !== -1;) {
      let start = dot;
      while (start > 0 && isTokenChar(text.charCodeAt(start - 1))) start--;
      let end = dot + 1;
      while (end < length && isTokenChar(text.charCodeAt(end))) end++;
      work.units += end - start;
      const token = index.hosts.mayMatch(text, start, end) ? hostOfToken(text, start, end) : undefined;
      if (token) {
        const matches = index.hosts.lookup(token.host, work);
        if (matches.length > 0) hits.push({ type: 'host', start: token.start, end: token.end, matches });
      }
      dot = text.indexOf('.', end);
    }
  }
  if (hasKeys) {
    for (const separator of ['=', ':']) {
      for (let at = text.indexOf(separator); at !== -1; at = text.indexOf(separator, at + 1)) {
        const key = keyBefore(text, at, work);
        if (!key) continue;
        const valueStart = valueAfter(text, at);
        if (valueStart === -1) continue;
        const lookups = keyEntries(text.slice(key.start, key.end), index.envKeys, fileKeys);
        if (lookups.length > 0) hits.push({ type: 'key', start: key.start, end: valueStart, lookups });
      }
    }
  }
  hits.sort((a, b) => a.start - b.start);
  for (const hit of hits) {
    if (comments.isComment(hit.start)) continue;
    if (hit.type === 'host') {
      for (const { value } of hit.matches) {
        if (value.type === 'host') {
          hosts.push({
            vendor: value.vendor,
            host: value.glob,
            text: text.slice(hit.start, hit.end),
            location: locate(hit.start, hit.end),
          });
        } else {
          addRegion(value, hit.start, hit.end);
        }
      }
    } else {
      for (const value of readValues(text, hit.end, work)) {
        const lower = value.text.toLowerCase();
        for (const entries of hit.lookups) {
          for (const entry of entries.exact.get(lower) ?? []) addRegion(entry, hit.start, value.end);
          for (const entry of entries.globbed) {
            work.units += entry.value.length + lower.length;
            if (matchesWildcard(entry.value, lower)) addRegion(entry, hit.start, value.end);
          }
        }
      }
    }
  }
  work.units += comments.work;
  return {
    hosts,
    regions: regions.sort(
      (a, b) => a.location.line - b.location.line || a.location.column - b.location.column,
    ),
  };
}

interface AssignedValue {
  text: string;
  /** Offset just after the value (after its closing quote, if quoted). */
  end: number;
}

const QUOTES = new Set([34, 39, 96]);
function isBlank(code: number): boolean {
  return code === 32 || code === 9;
}

/** The signals a key names, in env keys and this file's keys; `process.env.DD_SITE`'s last part counts too. */
function keyEntries(
  keyText: string,
  envKeys: Map<string, KeyEntries>,
  fileKeys: Map<string, KeyEntries> | undefined,
): KeyEntries[] {
  const lastDot = keyText.lastIndexOf('.');
  const shortKey = lastDot === -1 ? undefined : keyText.slice(lastDot + 1);
  const found: KeyEntries[] = [];
  for (const keys of [envKeys, fileKeys]) {
    if (!keys) continue;
    const full = keys.get(keyText);
    if (full) found.push(full);
    const short = shortKey === undefined ? undefined : keys.get(shortKey);
    if (short) found.push(short);
  }
  return found;
}

type Hit =
  | { type: 'host'; start: number; end: number; matches: HostGlobMatch<HostEntry>[] }
  | { type: 'key'; start: number; end: number; lookups: KeyEntries[] };

/** The longest key looked up: config keys are short, and a bound keeps the look-back linear. */
const MAX_KEY_LENGTH = 100;

/**
 * The key before a separator at `at` (`KEY=`, `KEY: `, `"KEY": `, `KEY :=`), or undefined when the
 * separator is not an assignment (`==`, `=>`, `!=`, `::`, `a?.b:`) or no key stands before it.
 */
function keyBefore(text: string, at: number, work: ScanWork): { start: number; end: number } | undefined {
  const separator = text.charCodeAt(at);
  const next = text.charCodeAt(at + 1);
  const previous = text.charCodeAt(at - 1);
  if (separator === 61) {
    if (next === 61 || next === 62 || next === 126) return undefined; // `==`, `=>`, `=~`
    if (previous === 61 || previous === 33 || previous === 60 || previous === 62 || previous === 58)
      return undefined;
  } else if (next === 58 || previous === 58) {
    return undefined; // `::`
  }
  let end = at;
  while (end > 0 && isBlank(text.charCodeAt(end - 1))) end--;
  if (end > 0 && QUOTES.has(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && end - start <= MAX_KEY_LENGTH && isTokenChar(text.charCodeAt(start - 1))) start--;
  work.units += at - start + 1;
  if (start === end || end - start > MAX_KEY_LENGTH) return undefined;
  return { start, end };
}

/** Where the value after a separator at `at` starts (after `:=` and blanks), or -1. */
function valueAfter(text: string, at: number): number {
  let k = at + 1;
  if (text.charCodeAt(at) === 58 && text.charCodeAt(k) === 61) k++; // `:=`
  while (isBlank(text.charCodeAt(k))) k++;
  return k < text.length ? k : -1;
}

/** The value at `k` — quoted, bare, or an inline list of such — on the same line, within a few hundred characters. */
function readValues(text: string, k: number, work: ScanWork): AssignedValue[] {
  const from = k;
  if (text.charCodeAt(k) !== 91) {
    const value = readValue(text, k, Math.min(text.length, k + MAX_VALUE_LENGTH));
    work.units += (value ? value.end - from : MAX_VALUE_LENGTH) + 1;
    return value ? [value] : [];
  }
  const values: AssignedValue[] = [];
  const limit = Math.min(text.length, k + MAX_LIST_LENGTH);
  k++;
  while (k < limit) {
    const code = text.charCodeAt(k);
    if (code === 93 || code === 10) break;
    if (isBlank(code) || code === 44) {
      k++;
      continue;
    }
    const value = readValue(text, k, limit);
    if (!value) break;
    values.push(value);
    k = value.end;
  }
  work.units += k - from + 1;
  return values;
}

/** A quoted or bare value starting at `k`, ending before `limit`; undefined when none or too long. */
function readValue(text: string, k: number, limit: number): AssignedValue | undefined {
  const first = text.charCodeAt(k);
  if (QUOTES.has(first)) {
    for (let j = k + 1; j < limit; j++) {
      const code = text.charCodeAt(j);
      if (code === first) return { text: text.slice(k + 1, j), end: j + 1 };
      if (code === 10 || code === 92) return undefined; // multi-line or escaped: not a plain value
    }
    return undefined;
  }
  let j = k;
  while (j < limit) {
    const code = text.charCodeAt(j);
    if (
      isBlank(code) ||
      code === 10 ||
      code === 13 ||
      code === 44 ||
      code === 59 ||
      code === 125 ||
      code === 41 ||
      code === 93 ||
      QUOTES.has(code)
    )
      break;
    j++;
  }
  // A bare value cut off by the length cap is not a value (the end of the text is fine).
  if (j === k || (j === limit && limit < text.length)) return undefined;
  return { text: text.slice(k, j), end: j };
}

/** Hosts first by file and position; a stable order for reports and tests. */
export const byFileAndPosition = byPosition;
