/**
 * Host globs (`detect.hosts`, region-signal `host:`) looked up in hash maps, never by regular
 * expression: a glob is indexed by its literal tail (the labels after its last `*`), and a host
 * from the code is looked up by each of its last few label suffixes. Matching is on whole DNS
 * labels, so `notapi.openai.com` and `api.openai.com.evil.test` are not `api.openai.com`.
 */

/** The longest a host name can be (RFC 1035); a longer run of host characters is not a host. */
export const MAX_HOST_LENGTH = 253;

interface IndexedGlob<T> {
  glob: string;
  /** Labels, `*` standing for one or more labels. */
  labels: string[];
  value: T;
}

/** A match of one indexed glob on a host. */
export interface HostGlobMatch<T> {
  glob: string;
  value: T;
}

export class HostIndex<T> {
  private readonly byTail = new Map<string, IndexedGlob<T>[]>();
  /** The most labels any tail has: a host is looked up by at most this many suffixes. */
  private maxTailLabels = 0;
  /** The last label (top-level domain) of every glob, for a cheap first test of a token. */
  private readonly lastLabels = new Set<string>();
  private maxLastLabelLength = 0;

  /** Index a lower-case host glob (`api.openai.com`, `*.ingest.us.sentry.io`) with a value to return on a match. */
  add(glob: string, value: T): void {
    const labels = glob.split('.');
    const lastStar = labels.lastIndexOf('*');
    const tail = labels.slice(lastStar + 1);
    if (tail.length === 0) return; // a glob ending in `*` names no host; the schema refuses it
    const key = tail.join('.');
    const entries = this.byTail.get(key);
    const entry = { glob, labels, value };
    if (entries) entries.push(entry);
    else this.byTail.set(key, [entry]);
    this.maxTailLabels = Math.max(this.maxTailLabels, tail.length);
    const last = labels[labels.length - 1] ?? '';
    this.lastLabels.add(last);
    this.maxLastLabelLength = Math.max(this.maxLastLabelLength, last.length);
  }

  /**
   * A cheap first test of the token at [start, end) of `text`: false when its last label is no
   * glob's top-level domain (`console.log`, `a.b.length`), so most dotted code is never sliced.
   */
  mayMatch(text: string, start: number, end: number): boolean {
    while (end > start && text.charCodeAt(end - 1) === 46) end--;
    let dot = end - 1;
    while (dot >= start && text.charCodeAt(dot) !== 46) {
      if (end - dot > this.maxLastLabelLength) return false;
      dot--;
    }
    if (dot < start) return false;
    return this.lastLabels.has(text.slice(dot + 1, end).toLowerCase());
  }

  get size(): number {
    return this.byTail.size;
  }

  /**
   * Every indexed glob matching `host`, which must be lower case. `work` counts the characters
   * hashed, so tests can bound the cost of hostile input without a clock.
   */
  lookup(host: string, work?: { units: number }): HostGlobMatch<T>[] {
    const found: HostGlobMatch<T>[] = [];
    if (host.length > MAX_HOST_LENGTH || this.maxTailLabels === 0) return found;
    let hostLabels: string[] | undefined;
    let end = host.length;
    for (let count = 1; count <= this.maxTailLabels; count++) {
      const dot = host.lastIndexOf('.', end - 1);
      const tail = dot === -1 ? host : host.slice(dot + 1);
      if (work) work.units += tail.length;
      const entries = this.byTail.get(tail);
      if (entries) {
        hostLabels ??= host.split('.');
        for (const entry of entries)
          if (matchesHostLabels(entry.labels, hostLabels))
            found.push({ glob: entry.glob, value: entry.value });
      }
      if (dot === -1) break;
      end = dot;
    }
    return found;
  }
}

/** Whether a host glob matches a host, both lower case; `*` stands for one or more whole labels. */
export function matchesHostGlob(glob: string, host: string): boolean {
  if (host.length > MAX_HOST_LENGTH) return false;
  return matchesHostLabels(glob.split('.'), host.split('.'));
}

/**
 * Label-wise glob match by dynamic programming over (pattern label, host label): at most
 * 127 × 127 steps, since a host has at most 127 labels.
 */
function matchesHostLabels(pattern: readonly string[], host: readonly string[]): boolean {
  // reachable[j]: the pattern so far matches the first j host labels.
  let reachable: boolean[] = new Array<boolean>(host.length + 1).fill(false);
  reachable[0] = true;
  for (const label of pattern) {
    const next = new Array<boolean>(host.length + 1).fill(false);
    if (label === '*') {
      // One or more labels: from any reachable j, reach every k > j.
      let seen = false;
      for (let j = 0; j < host.length; j++) {
        seen ||= reachable[j] === true;
        if (seen) next[j + 1] = true;
      }
    } else {
      for (let j = 0; j < host.length; j++) if (reachable[j] && host[j] === label) next[j + 1] = true;
    }
    reachable = next;
  }
  return reachable[host.length] === true;
}

/** Character classes for the scanners, by char code (ASCII only; anything else separates tokens). */
const WORD = 1; // letters, digits, `_`
const HOST_ONLY = 2; // `.` and `-`: inside host tokens and dotted keys
const UPPER = 4;
export const CHAR_CLASS = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  const char = String.fromCharCode(code);
  if (/[A-Za-z0-9_]/.test(char)) CHAR_CLASS[code] = WORD;
  if (char === '.' || char === '-') CHAR_CLASS[code] = HOST_ONLY;
  if (/[A-Z]/.test(char)) CHAR_CLASS[code] = WORD | UPPER;
}

/** True for the characters a host token or a config key is made of: `[A-Za-z0-9_.-]`. */
export function isTokenChar(code: number): boolean {
  return code < 128 && CHAR_CLASS[code] !== 0;
}

export function isUpperCase(code: number): boolean {
  return code < 128 && (CHAR_CLASS[code]! & UPPER) !== 0;
}

/**
 * The host a token stands for: lower-cased, without leading or trailing dots (a sentence's full
 * stop, an FQDN's root), with its offsets; undefined when it cannot be a host (no dot, too long,
 * a `_` in it).
 */
export function hostOfToken(
  text: string,
  start: number,
  end: number,
): { host: string; start: number; end: number } | undefined {
  while (start < end && text.charCodeAt(start) === 46) start++;
  while (end > start && text.charCodeAt(end - 1) === 46) end--;
  if (end - start < 4 || end - start > MAX_HOST_LENGTH) return undefined;
  const token = text.slice(start, end);
  // `_` is a token character, so `x_api.openai.com` stays one token and matches nothing.
  if (!token.includes('.') || token.includes('_')) return undefined;
  return { host: token.toLowerCase(), start, end };
}
