export const id = 876;
export const ids = [876];
export const modules = {

/***/ 8876:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  buildEvidenceIndex: () => (/* binding */ buildEvidenceIndex),
  byFileAndPosition: () => (/* binding */ byFileAndPosition),
  evidenceSkipReason: () => (/* binding */ evidenceSkipReason),
  gatherCodeEvidence: () => (/* binding */ gatherCodeEvidence),
  matchesWildcard: () => (/* binding */ matchesWildcard),
  scanTextForEvidence: () => (/* binding */ scanTextForEvidence)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/detect/comment-lines.ts
/**
 * Which parts of a file's lines are comments, by the file's language (told by its extension or
 * name): a host or region written in a comment is documentation, not configuration. Lines are
 * examined lazily and only forwards, so a file costs one pass at most, whatever it holds.
 */
const NONE = {
    hash: false,
    slash: false,
    block: false,
    dash: false,
    html: false,
    semicolon: false,
    trailing: true,
};
const style = (parts) => ({ ...NONE, ...parts });
const HASH = style({ hash: true });
const C_LIKE = style({ slash: true, block: true });
const HTML = style({ html: true });
const HTML_AND_C = style({ html: true, slash: true, block: true });
const HASH_AND_C = style({ hash: true, slash: true, block: true });
const SQL = style({ dash: true, block: true });
const DASH = style({ dash: true });
const INI = style({ hash: true, semicolon: true });
const CSS = style({ block: true });
const UNKNOWN = style({ hash: true, slash: true, trailing: false });
const BY_EXTENSION = {};
const comment_lines_assign = (comment, extensions) => {
    for (const extension of extensions.split(' '))
        BY_EXTENSION[extension] = comment;
};
comment_lines_assign(HASH, 'py pyi pyw rb rake gemspec sh bash zsh fish ksh yml yaml toml cfg conf properties r pl pm ex exs nix ps1 psm1 cmake mk dockerfile containerfile env txt gitignore dockerignore tcl cr jl nim coffee');
comment_lines_assign(C_LIKE, 'js jsx ts tsx mjs cjs mts cts java kt kts scala sc go rs c h cc cpp cxx hpp hh m mm cs fs swift dart groovy gradle json jsonc json5 proto zig v sol scss less hx ino');
comment_lines_assign(HASH_AND_C, 'php phtml tf tfvars hcl');
comment_lines_assign(HTML, 'html htm xhtml xml plist csproj fsproj vbproj xaml svg config resx storyboard');
comment_lines_assign(HTML_AND_C, 'vue svelte astro cshtml razor jsp');
comment_lines_assign(SQL, 'sql psql pgsql');
comment_lines_assign(DASH, 'lua hs elm');
comment_lines_assign(INI, 'ini cnf');
comment_lines_assign(CSS, 'css');
const BY_NAME = {
    Dockerfile: HASH,
    Containerfile: HASH,
    Makefile: HASH,
    GNUmakefile: HASH,
    Procfile: HASH,
    Gemfile: HASH,
    Rakefile: HASH,
    Podfile: HASH,
    Brewfile: HASH,
    Vagrantfile: HASH,
    Caddyfile: HASH,
    Pipfile: HASH,
    Jenkinsfile: C_LIKE,
    '.npmrc': INI,
    '.sentryclirc': INI,
    '.editorconfig': INI,
};
/** The comment syntax of a repo-relative path's language. */
function commentStyleFor(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    const byName = Object.hasOwn(BY_NAME, name) ? BY_NAME[name] : undefined;
    if (byName)
        return byName;
    // `.env`, `.env.example`, `backend.env.sample`, `Dockerfile.prod`: env files and Dockerfiles use `#`.
    if (/^\.env(\.|$)/.test(name) || name.includes('.env.') || name.endsWith('.env'))
        return HASH;
    if (name.startsWith('Dockerfile.') || name.endsWith('.dockerfile'))
        return HASH;
    const dot = name.lastIndexOf('.');
    if (dot <= 0)
        return UNKNOWN;
    const extension = name.slice(dot + 1).toLowerCase();
    return (Object.hasOwn(BY_EXTENSION, extension) ? BY_EXTENSION[extension] : undefined) ?? UNKNOWN;
}
const SPACE = 32;
const TAB = 9;
const NEWLINE = 10;
const CR = 13;
function isSpace(code) {
    return code === SPACE || code === TAB || code === CR;
}
/**
 * Answers "is this offset in a comment?" for offsets asked in increasing order. Block comments
 * are followed across lines; quotes are followed within a line only, which is enough to keep
 * `"https://…"` and `"src/**\/*.ts"` from opening comments.
 */
class CommentTracker {
    text;
    style;
    current;
    lineStart = 0;
    lineNumber = 1;
    /** The closing marker of the block comment open at `lineStart`, if any. */
    openBlock;
    /** Where that block comment closes (-1: never); searched once per block, not once per line. */
    blockClose = -1;
    /** Next offsets at or after which a `/*` or `<!--` may stand (-1: none left; -2: not looked yet). */
    nextSlashOpener = -2;
    nextHtmlOpener = -2;
    /** Characters examined, for tests bounding the work on hostile input. */
    work = 0;
    constructor(text, style) {
        this.text = text;
        this.style = style;
    }
    /** True when `offset` lies in a comment; `offset`s must not decrease between calls. */
    isComment(offset) {
        const info = this.lineAt(offset);
        return offset < info.commentBefore || offset >= info.commentFrom;
    }
    /** The line holding `offset`; offsets must not decrease between calls. */
    lineAt(offset) {
        if (this.current) {
            if (offset <= this.current.end)
                return this.current;
            this.lineStart = this.current.end + 1;
            this.lineNumber++;
            this.current = undefined;
        }
        let end = this.lineEnd(this.lineStart);
        while (offset > end && end < this.text.length) {
            // A line before the one asked for: only block comments opening on it matter.
            this.skipLine(this.lineStart, end);
            this.lineStart = end + 1;
            this.lineNumber++;
            end = this.lineEnd(this.lineStart);
        }
        this.current = { ...this.analyse(this.lineStart, end), end };
        return this.current;
    }
    lineEnd(start) {
        const newline = this.text.indexOf('\n', start);
        return newline === -1 ? this.text.length : newline;
    }
    /** Follow block comments through a line nobody asked about, cheaply when it has no opener. */
    skipLine(start, end) {
        if (!this.style.block && !this.style.html)
            return;
        if (this.openBlock === undefined && !this.mayOpenBlock(start, end))
            return;
        this.analyse(start, end);
    }
    /** Whether a block opener stands in [start, end); each search runs forwards only, so all of them cost one pass. */
    mayOpenBlock(start, end) {
        if (this.style.block) {
            if (this.nextSlashOpener !== -1 && this.nextSlashOpener < start)
                this.nextSlashOpener = this.text.indexOf('/*', start);
            if (this.nextSlashOpener !== -1 && this.nextSlashOpener < end)
                return true;
        }
        if (this.style.html) {
            if (this.nextHtmlOpener !== -1 && this.nextHtmlOpener < start)
                this.nextHtmlOpener = this.text.indexOf('<!--', start);
            if (this.nextHtmlOpener !== -1 && this.nextHtmlOpener < end)
                return true;
        }
        return false;
    }
    analyse(start, end) {
        const text = this.text;
        const style = this.style;
        const info = { line: this.lineNumber, start, commentBefore: start, commentFrom: Infinity };
        let i = start;
        if (this.openBlock !== undefined) {
            const close = this.blockClose;
            if (close === -1 || close >= end) {
                this.work += end - start;
                info.commentBefore = end + 1;
                return info;
            }
            this.work += close - start;
            i = close + this.openBlock.length;
            info.commentBefore = i;
            this.openBlock = undefined;
        }
        while (i < end && isSpace(text.charCodeAt(i)))
            i++;
        this.work += i - start;
        if (this.startsLineComment(i, end)) {
            info.commentFrom = info.commentBefore === start ? start : i;
            return info;
        }
        if (!style.trailing)
            return info;
        let quote = 0;
        for (let j = i; j < end; j++) {
            this.work++;
            const code = text.charCodeAt(j);
            if (quote !== 0) {
                if (code === 92)
                    j++; // backslash escape
                else if (code === quote)
                    quote = 0;
                continue;
            }
            if (code === 34 || code === 39 || code === 96) {
                quote = code;
                continue;
            }
            const previous = j === start ? SPACE : text.charCodeAt(j - 1);
            if (style.hash && code === 35 && isSpace(previous))
                return this.commentFromHere(info, j);
            if (code === 47 && text.charCodeAt(j + 1) === 47 && style.slash && isSlashCommentLead(previous))
                return this.commentFromHere(info, j);
            if (style.dash && code === 45 && text.charCodeAt(j + 1) === 45 && isSpace(previous))
                return this.commentFromHere(info, j);
            const opener = style.block && code === 47 && text.charCodeAt(j + 1) === 42
                ? '*/'
                : style.html && code === 60 && text.startsWith('<!--', j)
                    ? '-->'
                    : undefined;
            if (opener) {
                const close = text.indexOf(opener, j + 2);
                this.work += (close === -1 ? text.length : close) - j;
                if (close !== -1 && close < end) {
                    // An inline block comment: code may follow it on the same line.
                    j = close + opener.length - 1;
                    continue;
                }
                this.openBlock = opener;
                this.blockClose = close;
                return this.commentFromHere(info, j);
            }
        }
        return info;
    }
    commentFromHere(info, offset) {
        info.commentFrom = Math.min(info.commentFrom, offset);
        return info;
    }
    /** Whether the line's first non-blank characters (at `i`) begin a comment running to its end. */
    startsLineComment(i, end) {
        if (i >= end)
            return false;
        const text = this.text;
        const style = this.style;
        const code = text.charCodeAt(i);
        const next = i + 1 < end ? text.charCodeAt(i + 1) : NEWLINE;
        if (style.hash && code === 35)
            return true;
        if (style.slash && code === 47 && next === 47)
            return true;
        if (style.semicolon && code === 59)
            return true;
        if (style.dash && code === 45 && next === 45)
            return true;
        // ` * ` continuation lines of a block comment whose opening the tracker may have missed.
        if (style.block &&
            code === 42 &&
            (next === SPACE || next === TAB || next === NEWLINE || next === 47 || next === CR))
            return true;
        return false;
    }
}
function isSlashCommentLead(code) {
    return isSpace(code) || code === 59 || code === 44 || code === 41 || code === 125 || code === 123;
}

;// CONCATENATED MODULE: ./src/detect/host-match.ts
/**
 * Host globs (`detect.hosts`, region-signal `host:`) looked up in hash maps, never by regular
 * expression: a glob is indexed by its literal tail (the labels after its last `*`), and a host
 * from the code is looked up by each of its last few label suffixes. Matching is on whole DNS
 * labels, so `notapi.openai.com` and `api.openai.com.evil.test` are not `api.openai.com`.
 */
/** The longest a host name can be (RFC 1035); a longer run of host characters is not a host. */
const MAX_HOST_LENGTH = 253;
class HostIndex {
    byTail = new Map();
    /** The most labels any tail has: a host is looked up by at most this many suffixes. */
    maxTailLabels = 0;
    /** The last label (top-level domain) of every glob, for a cheap first test of a token. */
    lastLabels = new Set();
    maxLastLabelLength = 0;
    /** Index a lower-case host glob (`api.openai.com`, `*.ingest.us.sentry.io`) with a value to return on a match. */
    add(glob, value) {
        const labels = glob.split('.');
        const lastStar = labels.lastIndexOf('*');
        const tail = labels.slice(lastStar + 1);
        if (tail.length === 0)
            return; // a glob ending in `*` names no host; the schema refuses it
        const key = tail.join('.');
        const entries = this.byTail.get(key);
        const entry = { glob, labels, value };
        if (entries)
            entries.push(entry);
        else
            this.byTail.set(key, [entry]);
        this.maxTailLabels = Math.max(this.maxTailLabels, tail.length);
        const last = labels[labels.length - 1] ?? '';
        this.lastLabels.add(last);
        this.maxLastLabelLength = Math.max(this.maxLastLabelLength, last.length);
    }
    /**
     * A cheap first test of the token at [start, end) of `text`: false when its last label is no
     * glob's top-level domain (`console.log`, `a.b.length`), so most dotted code is never sliced.
     */
    mayMatch(text, start, end) {
        while (end > start && text.charCodeAt(end - 1) === 46)
            end--;
        let dot = end - 1;
        while (dot >= start && text.charCodeAt(dot) !== 46) {
            if (end - dot > this.maxLastLabelLength)
                return false;
            dot--;
        }
        if (dot < start)
            return false;
        return this.lastLabels.has(text.slice(dot + 1, end).toLowerCase());
    }
    get size() {
        return this.byTail.size;
    }
    /**
     * Every indexed glob matching `host`, which must be lower case. `work` counts the characters
     * hashed, so tests can bound the cost of hostile input without a clock.
     */
    lookup(host, work) {
        const found = [];
        if (host.length > MAX_HOST_LENGTH || this.maxTailLabels === 0)
            return found;
        let hostLabels;
        let end = host.length;
        for (let count = 1; count <= this.maxTailLabels; count++) {
            const dot = host.lastIndexOf('.', end - 1);
            const tail = dot === -1 ? host : host.slice(dot + 1);
            if (work)
                work.units += tail.length;
            const entries = this.byTail.get(tail);
            if (entries) {
                hostLabels ??= host.split('.');
                for (const entry of entries)
                    if (matchesHostLabels(entry.labels, hostLabels))
                        found.push({ glob: entry.glob, value: entry.value });
            }
            if (dot === -1)
                break;
            end = dot;
        }
        return found;
    }
}
/** Whether a host glob matches a host, both lower case; `*` stands for one or more whole labels. */
function matchesHostGlob(glob, host) {
    if (host.length > MAX_HOST_LENGTH)
        return false;
    return matchesHostLabels(glob.split('.'), host.split('.'));
}
/**
 * Label-wise glob match by dynamic programming over (pattern label, host label): at most
 * 127 × 127 steps, since a host has at most 127 labels.
 */
function matchesHostLabels(pattern, host) {
    // reachable[j]: the pattern so far matches the first j host labels.
    let reachable = new Array(host.length + 1).fill(false);
    reachable[0] = true;
    for (const label of pattern) {
        const next = new Array(host.length + 1).fill(false);
        if (label === '*') {
            // One or more labels: from any reachable j, reach every k > j.
            let seen = false;
            for (let j = 0; j < host.length; j++) {
                seen ||= reachable[j] === true;
                if (seen)
                    next[j + 1] = true;
            }
        }
        else {
            for (let j = 0; j < host.length; j++)
                if (reachable[j] && host[j] === label)
                    next[j + 1] = true;
        }
        reachable = next;
    }
    return reachable[host.length] === true;
}
/** Character classes for the scanners, by char code (ASCII only; anything else separates tokens). */
const WORD = 1; // letters, digits, `_`
const HOST_ONLY = 2; // `.` and `-`: inside host tokens and dotted keys
const UPPER = 4;
const CHAR_CLASS = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
    const char = String.fromCharCode(code);
    if (/[A-Za-z0-9_]/.test(char))
        CHAR_CLASS[code] = WORD;
    if (char === '.' || char === '-')
        CHAR_CLASS[code] = HOST_ONLY;
    if (/[A-Z]/.test(char))
        CHAR_CLASS[code] = WORD | UPPER;
}
/** True for the characters a host token or a config key is made of: `[A-Za-z0-9_.-]`. */
function isTokenChar(code) {
    return code < 128 && CHAR_CLASS[code] !== 0;
}
function isUpperCase(code) {
    return code < 128 && (CHAR_CLASS[code] & UPPER) !== 0;
}
/**
 * The host a token stands for: lower-cased, without leading or trailing dots (a sentence's full
 * stop, an FQDN's root), with its offsets; undefined when it cannot be a host (no dot, too long,
 * a `_` in it).
 */
function hostOfToken(text, start, end) {
    while (start < end && text.charCodeAt(start) === 46)
        start++;
    while (end > start && text.charCodeAt(end - 1) === 46)
        end--;
    if (end - start < 4 || end - start > MAX_HOST_LENGTH)
        return undefined;
    const token = text.slice(start, end);
    // `_` is a token character, so `x_api.openai.com` stays one token and matches nothing.
    if (!token.includes('.') || token.includes('_'))
        return undefined;
    return { host: token.toLowerCase(), start, end };
}

// EXTERNAL MODULE: ./src/detect/list-files.ts
var list_files = __webpack_require__(9393);
// EXTERNAL MODULE: ./src/detect/scan.ts + 1 modules
var scan = __webpack_require__(4662);
// EXTERNAL MODULE: ./src/detect/glob.ts
var glob = __webpack_require__(5429);
// EXTERNAL MODULE: ./src/detect/text-span.ts
var text_span = __webpack_require__(9361);
;// CONCATENATED MODULE: ./src/detect/code-evidence.ts








const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
/** Gather host and region evidence from the repository at `root` (a git checkout, or any folder). */
async function gatherCodeEvidence(root, rules, options = {}) {
    const index = buildEvidenceIndex(rules);
    const evidence = { hosts: [], regions: [], filesRead: 0 };
    if (index.isEmpty)
        return evidence;
    const realRoot = await (0,promises_.realpath)((0,external_node_path_.resolve)(root));
    const files = await (0,list_files/* listRepoFilesWhere */.Vv)(realRoot, (path) => evidenceSkipReason(path) === undefined, {
        ignore: options.ignore ?? [],
    });
    const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    for (const file of files) {
        const read = (0,scan.readRepoFile)(realRoot, file, maxBytes);
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
        for (const host of found.hosts)
            evidence.hosts.push(host);
        for (const region of found.regions)
            evidence.regions.push(region);
    }
    return evidence;
}
/** As git decides: a NUL in the first 8,000 characters makes a file binary. */
function looksBinary(text) {
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
const BINARY_EXTENSIONS = new Set(('png jpg jpeg gif webp avif ico bmp tif tiff psd pdf zip gz tgz bz2 xz zst 7z rar jar war ear ' +
    'woff woff2 ttf otf eot mp3 mp4 m4a wav ogg flac mov avi mkv webm wasm so dylib dll exe bin ' +
    'class pyc pyo o a lib obj sqlite sqlite3 db keystore jks p12 pfx der').split(' '));
/**
 * Why the code-evidence scan does not read a repo-relative path, or undefined when it does.
 * Vendored, build, virtualenv and dot folders are already left out by the file listing.
 */
function evidenceSkipReason(path) {
    const segments = path.split('/');
    const name = segments[segments.length - 1] ?? '';
    for (const folder of segments.slice(0, -1)) {
        if (TEST_FOLDERS.has(folder))
            return 'test code';
        if (FIXTURE_FOLDERS.has(folder))
            return 'a fixture';
        if (DOC_FOLDERS.has(folder))
            return 'documentation';
        if (EXAMPLE_FOLDERS.has(folder))
            return 'an example';
        if (BUILD_FOLDERS.has(folder))
            return 'generated or build output';
    }
    if (LOCK_FILES.has(name))
        return 'a lock file';
    const lower = name.toLowerCase();
    const parts = lower.split('.');
    const extension = parts.length > 1 ? (parts[parts.length - 1] ?? '') : '';
    const inner = parts.slice(1, -1);
    if (inner.includes('test') || inner.includes('spec'))
        return 'test code';
    if (/^test_.*\.py$/.test(lower) || /_test\.(go|py|rb|exs)$/.test(lower) || lower.endsWith('_spec.rb'))
        return 'test code';
    if (DOC_EXTENSIONS.has(extension))
        return 'documentation';
    if (inner.includes('min') || extension === 'map')
        return 'minified or a source map';
    if (inner.includes('generated'))
        return 'generated';
    if (BINARY_EXTENSIONS.has(extension))
        return 'a binary file';
    // Real env files may hold secrets: like the dependency scan, read templates only.
    if (name === '.env' || (name.startsWith('.env.') && name.endsWith('.local')))
        return 'a real env file';
    return undefined;
}
/** Index every rule's `detect.hosts` and `detect.regions`, once per run. */
function buildEvidenceIndex(rules) {
    const hosts = new HostIndex();
    const envKeys = new Map();
    const fileKeyGroups = new Map();
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
            }
            else if ('env-value' in signal) {
                const { key, value } = signal['env-value'];
                addValueEntry(envKeys, key, { vendor: rule.id, signalIndex, signal, value: value.toLowerCase() });
            }
            else {
                const { file, key, value } = signal['file-key'];
                let group = fileKeyGroups.get(file);
                if (!group)
                    fileKeyGroups.set(file, (group = { fileGlob: file, keys: new Map() }));
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
function addValueEntry(keys, key, entry) {
    let entries = keys.get(key);
    if (!entries)
        keys.set(key, (entries = { exact: new Map(), globbed: [] }));
    if (entry.value.includes('*'))
        entries.globbed.push(entry);
    else {
        const list = entries.exact.get(entry.value);
        if (list)
            list.push(entry);
        else
            entries.exact.set(entry.value, [entry]);
    }
}
function fileKeysFor(index, name) {
    if (index.fileKeys.length === 0)
        return undefined;
    if (index.fileKeysByName.has(name))
        return index.fileKeysByName.get(name);
    let merged;
    for (const group of index.fileKeys) {
        if (!matchesWildcard(group.fileGlob, name))
            continue;
        merged ??= new Map();
        for (const [key, entries] of group.keys) {
            const into = merged.get(key) ?? { exact: new Map(), globbed: [] };
            for (const [value, list] of entries.exact)
                into.exact.set(value, [...(into.exact.get(value) ?? []), ...list]);
            into.globbed.push(...entries.globbed);
            merged.set(key, into);
        }
    }
    // Bounded: a repository has far fewer distinct file names than files.
    if (index.fileKeysByName.size < 10_000)
        index.fileKeysByName.set(name, merged);
    return merged;
}
/**
 * `*` stands for any run of characters (including none); nothing else is special. The greedy
 * algorithm backtracks only to the latest `*`: at worst pattern length × text length steps.
 */
function matchesWildcard(pattern, text) {
    return (0,glob/* matchSequence */.pX)(pattern, text, (token, unit) => token === unit, (token) => token === '*');
}
// ---------------------------------------------------------------------------------------------
// Searching one file
/** The longest value (or inline list) read after a key: a config value is short, hostile input is not. */
const MAX_VALUE_LENGTH = 256;
const MAX_LIST_LENGTH = 512;
/**
 * Search one file's text (repo-relative `file`, BOM removed) for hosts and region signals. Pure.
 * Matches in comments are dropped; results come in reading order.
 */
function scanTextForEvidence(file, text, index, work = { units: 0 }) {
    const hosts = [];
    const regions = [];
    const name = file.slice(file.lastIndexOf('/') + 1);
    const fileKeys = fileKeysFor(index, name);
    const comments = new CommentTracker(text, commentStyleFor(file));
    const hasHosts = index.hosts.size > 0;
    const hasKeys = index.envKeys.size > 0 || fileKeys !== undefined;
    const seen = new Set();
    const locate = (start, end) => {
        const line = comments.lineAt(start);
        return {
            file,
            line: line.line,
            column: start - line.start + 1,
            endLine: line.line,
            endColumn: end - line.start + 1,
        };
    };
    const addRegion = (entry, start, end) => {
        const key = `${start}:${end}:${entry.vendor}:${entry.signal.region}:${entry.signal.kind}`;
        if (seen.has(key))
            return; // two globs of one vendor saying the same thing about one span
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
    const hits = [];
    const length = text.length;
    if (hasHosts) {
        for (let dot = text.indexOf('.'); dot !== -1;) {
            let start = dot;
            while (start > 0 && isTokenChar(text.charCodeAt(start - 1)))
                start--;
            let end = dot + 1;
            while (end < length && isTokenChar(text.charCodeAt(end)))
                end++;
            work.units += end - start;
            const token = index.hosts.mayMatch(text, start, end) ? hostOfToken(text, start, end) : undefined;
            if (token) {
                const matches = index.hosts.lookup(token.host, work);
                if (matches.length > 0)
                    hits.push({ type: 'host', start: token.start, end: token.end, matches });
            }
            dot = text.indexOf('.', end);
        }
    }
    if (hasKeys) {
        for (const separator of ['=', ':']) {
            for (let at = text.indexOf(separator); at !== -1; at = text.indexOf(separator, at + 1)) {
                const key = keyBefore(text, at, work);
                if (!key)
                    continue;
                const valueStart = valueAfter(text, at);
                if (valueStart === -1)
                    continue;
                const lookups = keyEntries(text.slice(key.start, key.end), index.envKeys, fileKeys);
                if (lookups.length > 0)
                    hits.push({ type: 'key', start: key.start, end: valueStart, lookups });
            }
        }
    }
    hits.sort((a, b) => a.start - b.start);
    for (const hit of hits) {
        if (comments.isComment(hit.start))
            continue;
        if (hit.type === 'host') {
            for (const { value } of hit.matches) {
                if (value.type === 'host') {
                    hosts.push({
                        vendor: value.vendor,
                        host: value.glob,
                        text: text.slice(hit.start, hit.end),
                        location: locate(hit.start, hit.end),
                    });
                }
                else {
                    addRegion(value, hit.start, hit.end);
                }
            }
        }
        else {
            for (const value of readValues(text, hit.end, work)) {
                const lower = value.text.toLowerCase();
                for (const entries of hit.lookups) {
                    for (const entry of entries.exact.get(lower) ?? [])
                        addRegion(entry, hit.start, value.end);
                    for (const entry of entries.globbed) {
                        work.units += entry.value.length + lower.length;
                        if (matchesWildcard(entry.value, lower))
                            addRegion(entry, hit.start, value.end);
                    }
                }
            }
        }
    }
    work.units += comments.work;
    return {
        hosts,
        regions: regions.sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column),
    };
}
const QUOTES = new Set([34, 39, 96]);
function isBlank(code) {
    return code === 32 || code === 9;
}
/** The signals a key names, in env keys and this file's keys; `process.env.DD_SITE`'s last part counts too. */
function keyEntries(keyText, envKeys, fileKeys) {
    const lastDot = keyText.lastIndexOf('.');
    const shortKey = lastDot === -1 ? undefined : keyText.slice(lastDot + 1);
    const found = [];
    for (const keys of [envKeys, fileKeys]) {
        if (!keys)
            continue;
        const full = keys.get(keyText);
        if (full)
            found.push(full);
        const short = shortKey === undefined ? undefined : keys.get(shortKey);
        if (short)
            found.push(short);
    }
    return found;
}
/** The longest key looked up: config keys are short, and a bound keeps the look-back linear. */
const MAX_KEY_LENGTH = 100;
/**
 * The key before a separator at `at` (`KEY=`, `KEY: `, `"KEY": `, `KEY :=`), or undefined when the
 * separator is not an assignment (`==`, `=>`, `!=`, `::`, `a?.b:`) or no key stands before it.
 */
function keyBefore(text, at, work) {
    const separator = text.charCodeAt(at);
    const next = text.charCodeAt(at + 1);
    const previous = text.charCodeAt(at - 1);
    if (separator === 61) {
        if (next === 61 || next === 62 || next === 126)
            return undefined; // `==`, `=>`, `=~`
        if (previous === 61 || previous === 33 || previous === 60 || previous === 62 || previous === 58)
            return undefined;
    }
    else if (next === 58 || previous === 58) {
        return undefined; // `::`
    }
    let end = at;
    while (end > 0 && isBlank(text.charCodeAt(end - 1)))
        end--;
    if (end > 0 && QUOTES.has(text.charCodeAt(end - 1)))
        end--;
    let start = end;
    while (start > 0 && end - start <= MAX_KEY_LENGTH && isTokenChar(text.charCodeAt(start - 1)))
        start--;
    work.units += at - start + 1;
    if (start === end || end - start > MAX_KEY_LENGTH)
        return undefined;
    return { start, end };
}
/** Where the value after a separator at `at` starts (after `:=` and blanks), or -1. */
function valueAfter(text, at) {
    let k = at + 1;
    if (text.charCodeAt(at) === 58 && text.charCodeAt(k) === 61)
        k++; // `:=`
    while (isBlank(text.charCodeAt(k)))
        k++;
    return k < text.length ? k : -1;
}
/** The value at `k` — quoted, bare, or an inline list of such — on the same line, within a few hundred characters. */
function readValues(text, k, work) {
    const from = k;
    if (text.charCodeAt(k) !== 91) {
        const value = readValue(text, k, Math.min(text.length, k + MAX_VALUE_LENGTH));
        work.units += (value ? value.end - from : MAX_VALUE_LENGTH) + 1;
        return value ? [value] : [];
    }
    const values = [];
    const limit = Math.min(text.length, k + MAX_LIST_LENGTH);
    k++;
    while (k < limit) {
        const code = text.charCodeAt(k);
        if (code === 93 || code === 10)
            break;
        if (isBlank(code) || code === 44) {
            k++;
            continue;
        }
        const value = readValue(text, k, limit);
        if (!value)
            break;
        values.push(value);
        k = value.end;
    }
    work.units += k - from + 1;
    return values;
}
/** A quoted or bare value starting at `k`, ending before `limit`; undefined when none or too long. */
function readValue(text, k, limit) {
    const first = text.charCodeAt(k);
    if (QUOTES.has(first)) {
        for (let j = k + 1; j < limit; j++) {
            const code = text.charCodeAt(j);
            if (code === first)
                return { text: text.slice(k + 1, j), end: j + 1 };
            if (code === 10 || code === 92)
                return undefined; // multi-line or escaped: not a plain value
        }
        return undefined;
    }
    let j = k;
    while (j < limit) {
        const code = text.charCodeAt(j);
        if (isBlank(code) ||
            code === 10 ||
            code === 13 ||
            code === 44 ||
            code === 59 ||
            code === 125 ||
            code === 41 ||
            code === 93 ||
            QUOTES.has(code))
            break;
        j++;
    }
    // A bare value cut off by the length cap is not a value (the end of the text is fine).
    if (j === k || (j === limit && limit < text.length))
        return undefined;
    return { text: text.slice(k, j), end: j };
}
/** Hosts first by file and position; a stable order for reports and tests. */
const byFileAndPosition = text_span/* byPosition */.rg;


/***/ })

};
