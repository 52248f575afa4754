export const id = 662;
export const ids = [662];
export const modules = {

/***/ 9393:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vv: () => (/* binding */ listRepoFilesWhere),
/* harmony export */   c$: () => (/* binding */ listRepoFiles)
/* harmony export */ });
/* unused harmony export isSkippedFolder */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5429);
/* harmony import */ var _parser_for_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3278);
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5344);







const execFileAsync = (0,node_util__WEBPACK_IMPORTED_MODULE_3__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
/** Vendored code, build output and caches: their manifests describe other people's code, not this repo's. */
const SKIPPED_FOLDERS = new Set([
    'node_modules',
    'bower_components',
    'vendor',
    'dist',
    'build',
    'out',
    'target',
    'venv',
    '__pycache__',
]);
/** A folder holding this file is a Python virtualenv, whatever its name (`env`, `.venv`, `py311`). */
const VIRTUALENV_MARKER = 'pyvenv.cfg';
/**
 * The repo's dependency files as sorted repo-relative `/` paths: from `git ls-files`
 * when `root` is in a git work tree (what is committed is what is checked), else
 * from a walk of the file system that never follows symlinks. Both skip vendored,
 * build, virtualenv and dot folders, and the `ignore` globs.
 */
async function listRepoFiles(root, options = {}) {
    const isIgnored = ignoreMatcher(options.ignore ?? []);
    const tracked = await gitTrackedFiles(root);
    const files = tracked ? filterTrackedFiles(tracked, isIgnored) : await walkFiles(root, isIgnored);
    return files.sort(_compare_js__WEBPACK_IMPORTED_MODULE_5__/* .compareStrings */ .K);
}
/** True for folders the scan never enters, by name. */
function isSkippedFolder(name) {
    return name.startsWith('.') || SKIPPED_FOLDERS.has(name);
}
/** Undefined when `root` is not in a git work tree, or git is missing or refuses the repository. */
async function gitTrackedFiles(root) {
    try {
        const { stdout } = await execFileAsync('git', 
        // Tracked files under root, relative to it (ls-files' default); no fsmonitor hook runs.
        ['-c', 'core.fsmonitor=false', 'ls-files', '-z', '--cached'], { cwd: root, env: envFindingRepoFromCwd(), maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' });
        return stdout.split('\0').filter((path) => path !== '');
    }
    catch {
        return undefined;
    }
}
/** Variables that point git at a repository other than the one around cwd (a git hook sets GIT_DIR). */
const REPOSITORY_VARIABLES = [
    'GIT_DIR',
    'GIT_WORK_TREE',
    'GIT_INDEX_FILE',
    'GIT_COMMON_DIR',
    'GIT_OBJECT_DIRECTORY',
    'GIT_ALTERNATE_OBJECT_DIRECTORIES',
    'GIT_NAMESPACE',
    'GIT_PREFIX',
];
function envFindingRepoFromCwd() {
    const env = { ...process.env };
    for (const name of REPOSITORY_VARIABLES)
        delete env[name];
    return env;
}
function filterTrackedFiles(paths, isIgnored, include = _parser_for_js__WEBPACK_IMPORTED_MODULE_4__/* .isDependencyFile */ .W) {
    const virtualenvs = new Set(paths.filter((path) => basename(path) === VIRTUALENV_MARKER).map((path) => parentFolder(path)));
    return paths.filter((path) => {
        if (!include(path) || isIgnored(path))
            return false;
        const folders = path.split('/').slice(0, -1);
        return folders.every((name, index) => !isSkippedFolder(name) && !virtualenvs.has(folders.slice(0, index + 1).join('/')));
    });
}
async function walkFiles(root, isIgnored, include = _parser_for_js__WEBPACK_IMPORTED_MODULE_4__/* .isDependencyFile */ .W) {
    const files = [];
    const pending = [''];
    for (let folder = pending.pop(); folder !== undefined; folder = pending.pop()) {
        let entries;
        try {
            entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(root, folder), { withFileTypes: true });
        }
        catch {
            continue; // unreadable folder: skip it rather than fail the scan
        }
        if (folder !== '' && entries.some((entry) => entry.name === VIRTUALENV_MARKER && entry.isFile()))
            continue;
        for (const entry of entries) {
            const path = folder === '' ? entry.name : `${folder}/${entry.name}`;
            // Dirent reports symlinks as such, never their targets: they are not followed.
            if (entry.isDirectory()) {
                if (!isSkippedFolder(entry.name) && !isIgnored(path))
                    pending.push(path);
            }
            else if (entry.isFile() && include(path) && !isIgnored(path)) {
                files.push(path);
            }
        }
    }
    return files;
}
/** Matches a path, or any folder above it, against the ignore globs, in linear time (glob.ts). */
function ignoreMatcher(globs) {
    return (0,_glob_js__WEBPACK_IMPORTED_MODULE_6__/* .pathOrParentMatcher */ .X0)(globs);
}
function basename(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
function parentFolder(path) {
    const slash = path.lastIndexOf('/');
    return slash === -1 ? '' : path.slice(0, slash);
}
/**
 * As `listRepoFiles`, with the same sources, folder skips and `ignore` globs, but listing every
 * file `include` accepts rather than dependency files only (the code-evidence scan reads source).
 */
async function listRepoFilesWhere(root, include, options = {}) {
    const isIgnored = ignoreMatcher(options.ignore ?? []);
    const tracked = await gitTrackedFiles(root);
    const files = tracked
        ? filterTrackedFiles(tracked, isIgnored, include)
        : await walkFiles(root, isIgnored, include);
    return files.sort(_compare_js__WEBPACK_IMPORTED_MODULE_5__/* .compareStrings */ .K);
}


/***/ }),

/***/ 3278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  W: () => (/* binding */ isDependencyFile),
  D: () => (/* binding */ parserFor)
});

// EXTERNAL MODULE: ./src/detect/text-span.ts
var text_span = __webpack_require__(9361);
// EXTERNAL MODULE: ./node_modules/toml-eslint-parser/lib/index.mjs + 3 modules
var lib = __webpack_require__(5614);
;// CONCATENATED MODULE: ./src/detect/toml-with-spans.ts

/**
 * Parses TOML 1.1 with toml-eslint-parser, which keeps the range of every key and value; undefined
 * when the text is not valid TOML (the parser's errors are not needed: an invalid file declares nothing).
 */
function parseTomlWithSpans(text) {
    let program;
    try {
        program = (0,lib/* parseTOML */.MD)(text, { tomlVersion: '1.1' });
    }
    catch {
        return undefined; // a ParseError, or a RangeError on nesting deeper than the stack
    }
    const keys = new Map();
    const strings = new Map();
    const recordKeys = (base, key) => {
        const path = [...base];
        for (const part of key.keys) {
            path.push(part.type === 'TOMLBare' ? part.name : part.value);
            setOnce(keys, path, part.type === 'TOMLBare' ? rangeSpan(part.range) : quotedSpan(part.range, 1));
        }
        return path;
    };
    const visitValue = (path, node) => {
        if (node.type === 'TOMLArray')
            node.elements.forEach((item, index) => visitValue([...path, index], item));
        else if (node.type === 'TOMLInlineTable')
            visitPairs(path, node.body);
        else if (node.kind === 'string')
            setOnce(strings, path, stringContents(text, node));
    };
    const visitPairs = (base, pairs) => {
        for (const pair of pairs)
            visitValue(recordKeys(base, pair.key), pair.value);
    };
    const top = program.body[0];
    for (const entry of top?.body ?? []) {
        if (entry.type === 'TOMLKeyValue') {
            visitPairs([], [entry]);
            continue;
        }
        // A header's resolved key holds array-of-tables indices between its names: `[[a.b]]` → a, 0, b, 1.
        const { resolvedKey } = entry;
        let part = 0;
        resolvedKey.forEach((segment, index) => {
            if (typeof segment === 'number')
                return;
            const written = entry.key.keys[part++];
            if (written) {
                const span = written.type === 'TOMLBare' ? rangeSpan(written.range) : quotedSpan(written.range, 1);
                setOnce(keys, resolvedKey.slice(0, index + 1), span);
            }
        });
        visitPairs(resolvedKey, entry.body);
    }
    return {
        data: (top ? (0,lib/* getStaticTOMLValue */.AY)(top) : {}),
        keySpan: (path) => keys.get(pathKey(path)),
        stringSpan: (path) => strings.get(pathKey(path)),
    };
}
/** The table at `path`, or undefined when there is none (or the value there is not a table). */
function tableAt(data, path) {
    let value = data;
    for (const segment of path) {
        if (!isTable(value))
            return undefined;
        value = value[segment];
    }
    return isTable(value) ? value : undefined;
}
function isTable(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
/** Renders a path the way TOML writes it (`target.'cfg(unix)'.dependencies`), for a DependencyRef's `section`. */
function formatTomlPath(path) {
    return path.map(formatTomlKey).join('.');
}
function formatTomlKey(key) {
    if (/^[A-Za-z0-9_-]+$/.test(key))
        return key;
    // A literal string needs no escapes, so it reads as Cargo.toml files are usually written.
    const needsEscapes = [...key].some((char) => char === "'" || char < ' ' || char === '\x7f');
    if (!needsEscapes)
        return `'${key}'`;
    return JSON.stringify(key);
}
function pathKey(path) {
    return JSON.stringify(path);
}
function setOnce(map, path, span) {
    const key = pathKey(path);
    if (!map.has(key))
        map.set(key, span);
}
function rangeSpan([start, end]) {
    return { start, end };
}
/** The contents of a quoted token: `quotes` characters off each end. */
function quotedSpan([start, end], quotes) {
    return { start: start + quotes, end: end - quotes };
}
/** A string value's contents; a multi-line string drops the newline right after its opening delimiter. */
function stringContents(text, node) {
    if (!node.multiline)
        return quotedSpan(node.range, 1);
    const span = quotedSpan(node.range, 3);
    if (text.startsWith('\r\n', span.start))
        span.start += 2;
    else if (text[span.start] === '\n')
        span.start++;
    return span;
}

// EXTERNAL MODULE: ./src/detect/pep508.ts
var pep508 = __webpack_require__(1751);
;// CONCATENATED MODULE: ./src/detect/parsers/toml-dependencies.ts



/** Builds DependencyRefs from a TOML manifest, for the pyproject, Pipfile and Cargo parsers. */
class TomlDependencyCollector {
    file;
    text;
    document;
    ecosystem;
    refs = [];
    lines;
    constructor(file, text, document, ecosystem) {
        this.file = file;
        this.text = text;
        this.document = document;
        this.ecosystem = ecosystem;
        this.lines = new text_span/* LineIndex */.rr(text);
    }
    /** A list of PEP 508 strings (`project.dependencies`); entries that are not named requirements are skipped. */
    requirementList(path) {
        const list = this.valueAt(path);
        if (!Array.isArray(list))
            return;
        list.forEach((entry, index) => {
            if (typeof entry !== 'string')
                return; // e.g. PEP 735 `{include-group = "test"}`
            const requirement = (0,pep508/* requirementName */.x)(entry);
            if (!requirement)
                return;
            this.add(requirement.name, this.requirementSpan([...path, index], requirement.name), path);
        });
    }
    /** A table keyed by dependency name (`[tool.poetry.dependencies]`, `[packages]`, `[dependencies]`). */
    nameTable(path, options = {}) {
        const table = tableAt(this.document.data, path);
        if (!table)
            return;
        for (const [key, value] of Object.entries(table)) {
            if (options.skip?.(key))
                continue;
            // Cargo: `alias = { package = "real-crate" }` depends on real-crate, written in that string.
            const renamed = options.renames && isTable(value) && typeof value.package === 'string' ? value.package : undefined;
            if (renamed !== undefined) {
                this.add(renamed, this.document.stringSpan([...path, key, 'package']) ?? this.fallbackSpan(path), path);
            }
            else {
                this.add(key, this.document.keySpan([...path, key]) ?? this.fallbackSpan(path), path);
            }
        }
    }
    /** Names of the subtables at `path` (`[project.optional-dependencies]` → its extras). */
    tableNames(path) {
        return Object.keys(tableAt(this.document.data, path) ?? {});
    }
    valueAt(path) {
        const parent = tableAt(this.document.data, path.slice(0, -1));
        const last = path[path.length - 1];
        return parent && last !== undefined ? parent[last] : undefined;
    }
    /** The name inside a requirement string, when the string as written starts with it (no escapes before it). */
    requirementSpan(path, name) {
        const span = this.document.stringSpan(path);
        if (!span)
            return this.fallbackSpan(path.filter((segment) => typeof segment === 'string'));
        const written = (0,pep508/* requirementName */.x)(this.text.slice(span.start, span.end));
        if (written?.name !== name)
            return span;
        return { start: span.start + written.start, end: span.start + written.end };
    }
    /** Where the section itself is named, should a name's own span be missing (the scanner found every one in tests). */
    fallbackSpan(path) {
        for (let length = path.length; length > 0; length--) {
            const span = this.document.keySpan(path.slice(0, length));
            if (span)
                return span;
        }
        return { start: 0, end: 0 };
    }
    add(name, span, section) {
        this.refs.push({
            ecosystem: this.ecosystem,
            name,
            location: this.lines.location(this.file, span),
            section: formatTomlPath(section),
        });
    }
}

;// CONCATENATED MODULE: ./src/detect/parsers/cargo.ts



/** Cargo still accepts the underscore spellings, so a manifest may use either. */
const DEPENDENCY_TABLES = [
    'dependencies',
    'dev-dependencies',
    'dev_dependencies',
    'build-dependencies',
    'build_dependencies',
];
/**
 * Cargo.toml: `[dependencies]`, `[dev-dependencies]`, `[build-dependencies]`, their
 * `[target.<cfg>.*]` forms and `[workspace.dependencies]`. A renamed dependency
 * (`alias = { package = "crate" }`) is reported as the crate it names.
 */
function parseCargoToml(file, text) {
    text = (0,text_span/* stripByteOrderMark */.Q9)(text);
    const document = parseTomlWithSpans(text);
    if (!document)
        return [];
    const collect = new TomlDependencyCollector(file, text, document, 'cargo');
    for (const table of DEPENDENCY_TABLES)
        collect.nameTable([table], { renames: true });
    for (const target of collect.tableNames(['target'])) {
        for (const table of DEPENDENCY_TABLES)
            collect.nameTable(['target', target, table], { renames: true });
    }
    collect.nameTable(['workspace', 'dependencies'], { renames: true });
    return (0,text_span/* byPosition */.rg)(collect.refs);
}

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
;// CONCATENATED MODULE: ./src/detect/json-tree.ts


/**
 * The `sections` of a JSON manifest's top-level object, read with jsonc-parser's `visit` in strict
 * JSON mode (RFC 8259): its errors come back as data, and any error means the file declares
 * nothing (undefined), as does a top-level value that is not an object or nesting deeper than the
 * stack. The visitor hands over each token's line and column, so no tree or line index is built.
 * A section written twice counts as JSON.parse would count it: the last one.
 */
function readJsonSections(file, text, sections) {
    const found = new Map();
    let valid = true;
    let rootIsObject = false;
    let depth = 0;
    let current; // the wanted section being read, if any
    // Returning false skips the callbacks (not the syntax checks) inside what no section needs.
    const opened = (kind) => {
        if (depth === 0)
            rootIsObject = kind === 'object';
        else if (depth === 1 && current)
            current.kind = kind;
        depth++;
        return depth === 1 || (depth === 2 && current !== undefined);
    };
    const closed = () => depth--;
    const name = (value, line, character, length) => current.names.push({
        value,
        // Tokens are 0-based; a valid JSON string is on one line. The span is inside the quotes.
        location: {
            file,
            line: line + 1,
            column: character + 2,
            endLine: line + 1,
            endColumn: character + length,
        },
    });
    try {
        (0,main.visit)((0,text_span/* stripByteOrderMark */.Q9)(text), {
            onObjectBegin: () => opened('object'),
            onArrayBegin: () => opened('array'),
            onObjectEnd: closed,
            onArrayEnd: closed,
            onObjectProperty: (property, _offset, length, line, character) => {
                if (depth === 1) {
                    current = sections.includes(property) ? { kind: 'other', names: [] } : undefined;
                    if (current)
                        found.set(property, current);
                }
                else if (depth === 2 && current?.kind === 'object')
                    name(property, line, character, length);
            },
            onLiteralValue: (value, _offset, length, line, character) => {
                if (depth === 2 && current?.kind === 'array' && typeof value === 'string')
                    name(value, line, character, length);
            },
            onError: () => {
                valid = false;
            },
        }, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    }
    catch {
        return undefined; // a RangeError: nested deeper than any real manifest
    }
    return valid && rootIsObject ? found : undefined;
}

;// CONCATENATED MODULE: ./src/detect/parsers/composer-json.ts


const SECTIONS = ['require', 'require-dev'];
/**
 * composer.json: `require` and `require-dev`. Platform requirements (`php`,
 * `ext-json`, `lib-curl`, `composer-plugin-api`) are skipped: only packages
 * have a `vendor/` prefix.
 */
function parseComposerJson(file, text) {
    const refs = [];
    for (const [section, { kind, names }] of readJsonSections(file, text, SECTIONS) ?? []) {
        if (kind !== 'object')
            continue;
        for (const { value, location } of names)
            if (value.includes('/'))
                refs.push({ ecosystem: 'composer', name: value, location, section });
    }
    return (0,text_span/* byPosition */.rg)(refs);
}

;// CONCATENATED MODULE: ./src/detect/parsers/env-example.ts

/** `KEY=`, `export KEY =`; the value is never read beyond finding where it ends. */
const ASSIGNMENT = /^([ \t]*(?:export[ \t]+)?)([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*=/;
/** The same, commented out: `# KEY=`, `## export KEY=`. */
const COMMENTED_ASSIGNMENT = /^([ \t]*#+[ \t]*(?:export[ \t]+)?)([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*=/;
/**
 * An env example file (`.env.example`, `example.env`, ...): one ref per key, at its
 * first assignment. A key that is only ever assigned in comments is reported
 * there with `commented: true`. Values are skipped, never returned.
 */
function parseEnvExample(file, text) {
    text = (0,text_span/* stripByteOrderMark */.Q9)(text);
    const lines = new text_span/* LineIndex */.rr(text);
    const active = new Map();
    const commented = new Map();
    let openQuote; // inside a quoted value that spans lines
    let offset = 0;
    for (const line of text.split('\n')) {
        const lineStart = offset;
        offset += line.length + 1;
        if (openQuote !== undefined) {
            if (closesQuote(line, 0, openQuote))
                openQuote = undefined;
            continue;
        }
        const assignment = ASSIGNMENT.exec(line);
        const match = assignment ?? COMMENTED_ASSIGNMENT.exec(line);
        if (!match)
            continue;
        const key = match[2] ?? '';
        const start = lineStart + (match[1] ?? '').length;
        const keys = assignment ? active : commented;
        if (!keys.has(key))
            keys.set(key, { start, end: start + key.length });
        if (assignment)
            openQuote = unclosedQuote(line.slice(match[0].length));
    }
    const refs = [];
    for (const [name, span] of active) {
        refs.push({ ecosystem: 'env', name, location: lines.location(file, span) });
    }
    for (const [name, span] of commented) {
        if (active.has(name))
            continue;
        refs.push({ ecosystem: 'env', name, location: lines.location(file, span), commented: true });
    }
    return refs.sort((a, b) => a.location.line - b.location.line);
}
/** The quote a value opens and does not close on its line (dotenv allows multi-line quoted values). */
function unclosedQuote(value) {
    const trimmed = value.replace(/^[ \t]+/, '');
    const quote = trimmed[0];
    if (quote !== '"' && quote !== "'" && quote !== '`')
        return undefined;
    return closesQuote(trimmed, 1, quote) ? undefined : quote;
}
function closesQuote(text, from, quote) {
    for (let index = from; index < text.length; index++) {
        if (text[index] === '\\' && quote === '"')
            index++;
        else if (text[index] === quote)
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/detect/parsers/gemfile.ts

/**
 * Gemfile (also gems.rb): each `gem "name"` line. The section is the enclosing
 * `group ... do` block or the gem's own `group:` option, written `group :test`
 * (`group :development, :test` for several); gems outside any group have none.
 *
 * Every line is read by hand-written scanners, not regular expressions: a Gemfile comes from the
 * pull request, and a backtracking pattern over one long line took minutes (issue 11). Each
 * scanner looks at every character of a line a bounded number of times.
 */
function parseGemfile(file, text) {
    text = (0,text_span/* stripByteOrderMark */.Q9)(text);
    const lines = new text_span/* LineIndex */.rr(text);
    const refs = [];
    const blocks = []; // the group section each open block names, if any
    let inDocComment = false;
    let offset = 0;
    for (const physical of text.split('\n')) {
        const lineStart = offset;
        offset += physical.length + 1;
        // `=begin` ... `=end` comments must start in column 1.
        if (inDocComment) {
            if (startsWithWord(physical, 0, '=end'))
                inDocComment = false;
            continue;
        }
        if (startsWithWord(physical, 0, '=begin')) {
            inDocComment = true;
            continue;
        }
        const code = withoutComment(physical).trimEnd();
        const gem = gemName(code);
        if (gem) {
            const option = groupOption(code, gem.end + 1);
            const section = option !== undefined ? groupSection(option) : blocks.findLast((g) => g !== undefined);
            const start = lineStart + gem.start;
            refs.push({
                ecosystem: 'gem',
                name: gem.name,
                location: lines.location(file, { start, end: start + gem.name.length }),
                ...(section !== undefined && { section }),
            });
            if (endsWithDo(code))
                blocks.push(undefined);
            continue;
        }
        const group = groupBlockArguments(code);
        if (group !== undefined)
            blocks.push(groupSection(group));
        else if (endsWithDo(code) || startsWithKeyword(code))
            blocks.push(undefined);
        else if (startsWithWord(code, skipSpace(code, 0), 'end'))
            blocks.pop();
    }
    return refs;
}
const isSpace = (char) => char === ' ' || char === '\t' || char === '\r' || char === '\f' || char === '\v';
const isWordChar = (char) => char !== undefined &&
    ((char >= 'a' && char <= 'z') ||
        (char >= 'A' && char <= 'Z') ||
        (char >= '0' && char <= '9') ||
        char === '_');
function skipSpace(text, from) {
    while (isSpace(text[from]))
        from++;
    return from;
}
/** `word` stands at `at`, not followed by a word character (`\bword\b` when `at` starts a token). */
function startsWithWord(text, at, word) {
    return text.startsWith(word, at) && !isWordChar(text[at + word.length]);
}
/** `gem "name"` or `gem('name'`: the name is the first string argument. `end` is the closing quote. */
function gemName(code) {
    let at = skipSpace(code, 0);
    if (!code.startsWith('gem', at))
        return undefined;
    at = skipSpace(code, at + 3);
    if (code[at] === '(')
        at = skipSpace(code, at + 1);
    const quote = code[at];
    if (quote !== '"' && quote !== "'")
        return undefined;
    const start = at + 1;
    let end = start;
    while (end < code.length && code[end] !== '"' && code[end] !== "'" && !isSpace(code[end]))
        end++;
    if (end === start || code[end] !== quote)
        return undefined;
    return { name: code.slice(start, end), start, end };
}
/** Ruby keywords that open a block closed by `end` when they start a statement. */
const BLOCK_KEYWORDS = ['if', 'unless', 'case', 'while', 'until', 'begin', 'def', 'class', 'module', 'for'];
function startsWithKeyword(code) {
    const at = skipSpace(code, 0);
    return BLOCK_KEYWORDS.some((keyword) => startsWithWord(code, at, keyword));
}
/**
 * Where the `do` ending a (right-trimmed) line starts, optionally followed by block parameters
 * (`do |config|`); -1 when the line does not end with one.
 */
function trailingDo(code) {
    let end = code.length;
    if (code[end - 1] === '|') {
        const opening = code.lastIndexOf('|', end - 2);
        if (opening === -1)
            return -1;
        end = opening;
        while (end > 0 && isSpace(code[end - 1]))
            end--;
    }
    const at = end - 2;
    if (at < 0 || code[at] !== 'd' || code[at + 1] !== 'o' || isWordChar(code[at - 1]))
        return -1;
    return at;
}
/** Any line ending in `do` opens a block whose `end` we must not mistake for a group's. */
function endsWithDo(code) {
    return trailingDo(code) !== -1;
}
/** `group :test, :development do`: the text naming the groups, between `group` and `do`. */
function groupBlockArguments(code) {
    const at = skipSpace(code, 0);
    if (!startsWithWord(code, at, 'group'))
        return undefined;
    const doAt = trailingDo(code);
    if (doAt < at + 5)
        return undefined;
    let start = skipSpace(code, at + 5);
    if (code[start] === '(')
        start++;
    let end = doAt;
    while (end > start && isSpace(code[end - 1]))
        end--;
    if (end > start && code[end - 1] === ')')
        end--;
    return code.slice(start, Math.max(start, end));
}
/**
 * An inline `group: :test`, `groups: [:a, :b]` or `:group => :test` option after the gem's name:
 * the value as written. Each `group` in the line is tried once; the closing `]` and quotes are looked
 * up through a memo, so a line of a million unclosed `group: [` stays linear.
 */
function groupOption(code, from) {
    const nextOf = memoisedIndexOf(code);
    for (let at = code.indexOf('group', from); at !== -1; at = code.indexOf('group', at + 1)) {
        let after = at + 5;
        if (code[after] === 's')
            after++;
        let valueAt;
        if (code[after] === ':' && !isWordChar(code[at - 1])) {
            valueAt = after + 1; // `group:` / `groups:`
        }
        else if (code[at - 1] === ':') {
            const arrow = skipSpace(code, after); // `:group =>`
            if (!code.startsWith('=>', arrow))
                continue;
            valueAt = arrow + 2;
        }
        else
            continue;
        valueAt = skipSpace(code, valueAt);
        const open = code[valueAt];
        if (open === '[' || open === '"' || open === "'") {
            const close = nextOf(open === '[' ? ']' : open, valueAt + 1);
            if (close !== -1)
                return code.slice(valueAt, close + 1);
        }
        else if (open === ':') {
            let end = valueAt + 1;
            while (isWordChar(code[end]))
                end++;
            if (end > valueAt + 1)
                return code.slice(valueAt, end);
        }
    }
    return undefined;
}
/** `indexOf` for searches whose start only moves forward: each character is scanned at most once per needle. */
function memoisedIndexOf(text) {
    const found = new Map();
    return (needle, from) => {
        const previous = found.get(needle);
        if (previous !== undefined && (previous === -1 || previous >= from))
            return previous;
        const index = text.indexOf(needle, from);
        found.set(needle, index);
        return index;
    };
}
/** `:development, "test"` or `[:a, :b]` → `group :development, :test`. */
function groupSection(groupArguments) {
    const names = groupNames(groupArguments);
    return names.length > 0 ? `group ${names.map((name) => `:${name}`).join(', ')}` : undefined;
}
/** Symbols and strings of word characters, but not the keys of options such as `:optional => true`. */
function groupNames(text) {
    const names = [];
    let at = 0;
    while (at < text.length) {
        const char = text[at];
        if (char !== ':' && char !== '"' && char !== "'") {
            at++;
            continue;
        }
        let end = at + 1;
        while (isWordChar(text[end]))
            end++;
        const name = text.slice(at + 1, end);
        if (char !== ':') {
            if (name === '' || text[end] !== char) {
                at++;
                continue;
            }
            end++; // the closing quote
        }
        else if (name === '') {
            at++;
            continue;
        }
        if (!text.startsWith('=>', skipSpace(text, end)))
            names.push(name);
        at = end;
    }
    return names;
}
/** The line up to its `#` comment, ignoring `#` inside quoted strings. */
function withoutComment(line) {
    let quote;
    for (let index = 0; index < line.length; index++) {
        const char = line[index];
        if (quote) {
            if (char === '\\')
                index++;
            else if (char === quote)
                quote = undefined;
        }
        else if (char === '"' || char === "'")
            quote = char;
        else if (char === '#')
            return line.slice(0, index);
    }
    return line;
}

;// CONCATENATED MODULE: ./src/detect/parsers/go-mod.ts

/**
 * go.mod: module paths from `require` lines and `require ( ... )` blocks. The
 * section is `require`, or `require (indirect)` for modules marked `// indirect`
 * (needed by a dependency, not imported by this module's own code).
 */
function parseGoMod(file, text) {
    text = (0,text_span/* stripByteOrderMark */.Q9)(text);
    const lines = new text_span/* LineIndex */.rr(text);
    const refs = [];
    let block; // the verb of the `verb ( ... )` block we are in
    let offset = 0;
    for (const physical of text.split('\n')) {
        const lineStart = offset;
        offset += physical.length + 1;
        const code = go_mod_withoutComment(physical);
        let entryAt;
        if (block !== undefined) {
            if (/^\s*\)/.test(code))
                block = undefined;
            else if (block === 'require')
                entryAt = 0;
        }
        else {
            const opening = /^\s*([A-Za-z]+)\s*\(\s*$/.exec(code);
            if (opening)
                block = opening[1];
            else {
                const single = /^\s*require\s+/.exec(code);
                if (single)
                    entryAt = single[0].length;
            }
        }
        if (entryAt === undefined)
            continue;
        const path = modulePath(code, entryAt);
        if (!path)
            continue;
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
function go_mod_withoutComment(line) {
    const comment = line.indexOf('//');
    return (comment === -1 ? line : line.slice(0, comment)).replace(/\r$/, '');
}
/** The first token from `from`: a bare path, or a "quoted" or `raw` one (span without the quotes). */
function modulePath(code, from) {
    let start = from;
    while (code[start] === ' ' || code[start] === '\t')
        start++;
    const quote = code[start];
    if (quote === '"' || quote === '`') {
        const end = code.indexOf(quote, start + 1);
        if (end === -1)
            return undefined;
        return { name: code.slice(start + 1, end), span: { start: start + 1, end } };
    }
    const token = /[^\s"`]+/y;
    token.lastIndex = start;
    const match = token.exec(code);
    return match ? { name: match[0], span: { start, end: start + match[0].length } } : undefined;
}

;// CONCATENATED MODULE: ./src/detect/parsers/package-json.ts


/** Sections mapping a package name to a version range. */
const DEPENDENCY_MAPS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'];
/** Sections listing names of packages to bundle (npm accepts both spellings). */
const BUNDLED_LISTS = ['bundleDependencies', 'bundledDependencies'];
/** package.json: every dependency section; malformed JSON yields nothing. */
function parsePackageJson(file, text) {
    const sections = readJsonSections(file, text, [...DEPENDENCY_MAPS, ...BUNDLED_LISTS]);
    const refs = [];
    for (const [section, { kind, names }] of sections ?? []) {
        // A list must be an array (`true` means "all dependencies", already reported); a map an object.
        if (kind !== (BUNDLED_LISTS.includes(section) ? 'array' : 'object'))
            continue;
        for (const { value, location } of names)
            refs.push({ ecosystem: 'npm', name: value, location, section });
    }
    return (0,text_span/* byPosition */.rg)(refs);
}

;// CONCATENATED MODULE: ./src/detect/parsers/pipfile.ts



/** Pipfile (TOML): the `[packages]` and `[dev-packages]` tables. */
function parsePipfile(file, text) {
    text = (0,text_span/* stripByteOrderMark */.Q9)(text);
    const document = parseTomlWithSpans(text);
    if (!document)
        return [];
    const collect = new TomlDependencyCollector(file, text, document, 'pypi');
    collect.nameTable(['packages']);
    collect.nameTable(['dev-packages']);
    return (0,text_span/* byPosition */.rg)(collect.refs);
}

;// CONCATENATED MODULE: ./src/detect/parsers/pyproject.ts




/**
 * pyproject.toml: PEP 621 `project.dependencies` and `project.optional-dependencies.*`,
 * PEP 735 `dependency-groups.*`, Poetry's dependency tables (without `python`, the
 * interpreter), and the PDM and uv dev-dependency lists.
 */
function parsePyproject(file, text) {
    text = (0,text_span/* stripByteOrderMark */.Q9)(text);
    const document = parseTomlWithSpans(text);
    if (!document)
        return [];
    const collect = new TomlDependencyCollector(file, text, document, 'pypi');
    collect.requirementList(['project', 'dependencies']);
    for (const extra of collect.tableNames(['project', 'optional-dependencies'])) {
        collect.requirementList(['project', 'optional-dependencies', extra]);
    }
    for (const group of collect.tableNames(['dependency-groups'])) {
        collect.requirementList(['dependency-groups', group]);
    }
    const notPython = { skip: (name) => (0,pep508/* normalizePypiName */.T)(name) === 'python' };
    collect.nameTable(['tool', 'poetry', 'dependencies'], notPython);
    collect.nameTable(['tool', 'poetry', 'dev-dependencies'], notPython);
    for (const group of collect.tableNames(['tool', 'poetry', 'group'])) {
        collect.nameTable(['tool', 'poetry', 'group', group, 'dependencies'], notPython);
    }
    for (const group of collect.tableNames(['tool', 'pdm', 'dev-dependencies'])) {
        collect.requirementList(['tool', 'pdm', 'dev-dependencies', group]);
    }
    collect.requirementList(['tool', 'uv', 'dev-dependencies']);
    return (0,text_span/* byPosition */.rg)(collect.refs);
}

;// CONCATENATED MODULE: ./src/detect/parsers/requirements-txt.ts


/**
 * requirements.txt (pip): one PEP 508 requirement per line. Comments, options
 * (`-r`, `-e`, `--hash`, `--index-url`, ...), URLs, paths and archives name no
 * project and are skipped.
 */
function parseRequirementsTxt(file, text) {
    text = (0,text_span/* stripByteOrderMark */.Q9)(text);
    const lines = new text_span/* LineIndex */.rr(text);
    const refs = [];
    for (const line of logicalLines(text)) {
        // pip's comment rule: `#` at the start or after whitespace; `#egg=` in a URL is not a comment.
        const requirement = requirements_txt_withoutComment(line.text);
        if (/^[ \t]*-/.test(requirement))
            continue;
        const found = (0,pep508/* requirementName */.x)(requirement);
        if (!found)
            continue;
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
function requirements_txt_withoutComment(text) {
    for (let at = text.indexOf('#'); at !== -1; at = text.indexOf('#', at + 1)) {
        if (at > 0 && text[at - 1] !== ' ' && text[at - 1] !== '\t')
            continue;
        let start = at;
        while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t'))
            start--;
        return text.slice(0, start);
    }
    return text;
}
function logicalLines(text) {
    const result = [];
    let current;
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
    if (current)
        result.push(current);
    return result;
}
/** Maps an index in a logical line back to an offset in the file. */
function fileOffset(line, index) {
    let piece = line.pieces[0] ?? { at: 0, offset: 0 };
    for (const candidate of line.pieces) {
        if (candidate.at <= index)
            piece = candidate;
    }
    return piece.offset + (index - piece.at);
}

;// CONCATENATED MODULE: ./src/detect/parser-for.ts









/** Files recognised by their exact base name. */
const PARSERS_BY_NAME = {
    'package.json': parsePackageJson,
    'composer.json': parseComposerJson,
    'pyproject.toml': parsePyproject,
    Pipfile: parsePipfile,
    'go.mod': parseGoMod,
    Gemfile: parseGemfile,
    'gems.rb': parseGemfile, // Bundler's alternative name for a Gemfile
    'Cargo.toml': parseCargoToml,
};
/** `requirements.txt`, `requirements-dev.txt`, `requirements_test.in` (pip-tools input). */
const REQUIREMENTS_FILE = /^requirements.*\.(?:txt|in)$/i;
/** Any `.txt` or `.in` file in a `requirements/` folder. */
const REQUIREMENTS_FOLDER_FILE = /\.(?:txt|in)$/i;
/**
 * Env templates, never real env files: `.env.example`, `.env.local.sample`,
 * `env.template`, `backend.env.example`, `example.env`, `.env.dist`.
 */
const ENV_EXAMPLE = [
    /^(?:[\w-]+\.|\.)?env(?:\.[\w-]+)*\.(?:example|sample|template|tpl|dist)$/i,
    /^\.?(?:example|sample|template)(?:\.[\w-]+)*\.env$/i,
];
/** The parser for a repo-relative (or any `/`-separated) path, by its file name. */
function parserFor(path) {
    const segments = path.split(/[\\/]/);
    const name = segments[segments.length - 1] ?? '';
    const folder = segments[segments.length - 2];
    const byName = Object.hasOwn(PARSERS_BY_NAME, name) ? PARSERS_BY_NAME[name] : undefined;
    if (byName)
        return byName;
    if (REQUIREMENTS_FILE.test(name))
        return parseRequirementsTxt;
    if (folder?.toLowerCase() === 'requirements' && REQUIREMENTS_FOLDER_FILE.test(name))
        return parseRequirementsTxt;
    if (ENV_EXAMPLE.some((pattern) => pattern.test(name)))
        return parseEnvExample;
    return undefined;
}
function isDependencyFile(path) {
    return parserFor(path) !== undefined;
}


/***/ }),

/***/ 4662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readRepoFile: () => (/* binding */ readRepoFile),
  scanRepository: () => (/* binding */ scanRepository)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/workspace.ts
var workspace = __webpack_require__(3338);
// EXTERNAL MODULE: ./src/detect/list-files.ts
var list_files = __webpack_require__(9393);
;// CONCATENATED MODULE: ./src/detect/nesting.ts
/**
 * How deeply a JSON or TOML file nests its arrays and objects (inline tables), counted in one pass
 * that skips strings and (TOML) comments. The scan refuses files deeper than {@link MAX_NESTING}
 * before any parser sees them: npm, Composer, pip and Cargo read such files, so skipping them in
 * silence would let a dependency hide at depth 257 (issue 11). Malformed text needs no care: the
 * count only has to be right for files the parsers would accept.
 */
const MAX_NESTING = 256;
/** The file name's syntax, when it is one whose nesting the scan must check. */
function nestingSyntaxOf(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (name === 'package.json' || name === 'composer.json')
        return 'json';
    if (name === 'pyproject.toml' || name === 'Pipfile' || name === 'Cargo.toml')
        return 'toml';
    return undefined;
}
/** The deepest nesting of `[`/`{` outside strings (and TOML comments), stopping once past `limit`. */
function nestingDepth(text, syntax, limit = MAX_NESTING) {
    let depth = 0;
    let deepest = 0;
    for (let i = 0; i < text.length; i++) {
        const char = text[i];
        if (char === '[' || char === '{') {
            deepest = Math.max(deepest, ++depth);
            if (deepest > limit)
                return deepest;
        }
        else if (char === ']' || char === '}') {
            if (depth > 0)
                depth--;
        }
        else if (char === '"' || (char === "'" && syntax === 'toml')) {
            i = stringEnd(text, i, syntax);
        }
        else if (char === '#' && syntax === 'toml') {
            const newline = text.indexOf('\n', i);
            i = newline === -1 ? text.length : newline;
        }
    }
    return deepest;
}
/** The index of the quote that closes the string opened at `open` (TOML: also `"""` and `'''`). */
function stringEnd(text, open, syntax) {
    const quote = text[open];
    const escapes = quote === '"';
    if (syntax === 'toml' && text.startsWith(quote.repeat(3), open)) {
        for (let i = open + 3; i < text.length; i++) {
            if (escapes && text[i] === '\\')
                i++;
            else if (text.startsWith(quote.repeat(3), i)) {
                let end = i + 2;
                while (text[end + 1] === quote && end < i + 4)
                    end++; // up to two quotes may end the content
                return end;
            }
        }
        return text.length;
    }
    for (let i = open + 1; i < text.length; i++) {
        if (escapes && text[i] === '\\')
            i++;
        else if (text[i] === quote)
            return i;
        else if (text[i] === '\n' && syntax === 'toml')
            return i; // TOML one-line strings end at the line
    }
    return text.length;
}

// EXTERNAL MODULE: ./src/detect/parser-for.ts + 12 modules
var parser_for = __webpack_require__(3278);
// EXTERNAL MODULE: ./src/detect/text-span.ts
var text_span = __webpack_require__(9361);
;// CONCATENATED MODULE: ./src/detect/scan.ts








const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
/** Every dependency and env key declared in the repository at `root`, in file and line order. */
async function scanRepository(root, options = {}) {
    const realRoot = await (0,promises_.realpath)((0,external_node_path_.resolve)(root));
    const files = await (0,list_files/* listRepoFiles */.c$)(realRoot, { ignore: options.ignore ?? [] });
    const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    const refs = [];
    // Synchronous reads: thousands of small files, nothing else to do meanwhile, and a promise
    // round trip through the thread pool per system call cost more than the reads themselves.
    for (const file of files) {
        const parse = (0,parser_for/* parserFor */.D)(file);
        if (parse === undefined)
            continue;
        const result = readRepoFile(realRoot, file, maxBytes);
        if ('skipped' in result) {
            options.onSkip?.(file, result.skipped);
            continue;
        }
        const syntax = nestingSyntaxOf(file);
        if (syntax && nestingDepth(result.text, syntax) > MAX_NESTING) {
            options.onSkip?.(file, `it nests arrays or objects more than ${MAX_NESTING} levels deep`);
            continue;
        }
        for (const ref of parse(file, result.text))
            refs.push(ref);
    }
    return (0,text_span/* byPosition */.rg)(refs);
}
const UTF8 = new TextDecoder('utf-8', { fatal: true });
/** O_NOFOLLOW where the platform has it; O_NONBLOCK so that opening a FIFO cannot hang the scan. */
const OPEN_FLAGS = external_node_fs_.constants.O_RDONLY | (external_node_fs_.constants.O_NONBLOCK ?? 0);
/**
 * Reads a repo file as UTF-8 (dropping a byte-order mark), refusing anything that
 * resolves outside the root through a symlink, is not a regular file, or is too large.
 */
function readRepoFile(realRoot, file, maxBytes) {
    let fd;
    try {
        const opened = openInside(realRoot, file);
        if (typeof opened !== 'number')
            return opened;
        fd = opened;
        const stats = (0,external_node_fs_.fstatSync)(fd);
        if (!stats.isFile())
            return { skipped: 'it is not a regular file' };
        if (stats.size > maxBytes)
            return { skipped: `it is larger than ${maxBytes} bytes` };
        const bytes = (0,external_node_fs_.readFileSync)(fd);
        if (bytes.length > maxBytes)
            return { skipped: `it is larger than ${maxBytes} bytes` };
        if (bytes.includes(0))
            return { skipped: 'it is not text (it holds NUL bytes)' };
        try {
            return { text: UTF8.decode(bytes) };
        }
        catch {
            return { skipped: 'it is not UTF-8 text' };
        }
    }
    catch (error) {
        return { skipped: `it could not be read (${error.code ?? String(error)})` };
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}
/**
 * Open a listed file only where its real path stays inside the repository. `git ls-files` lists
 * what the index holds, and a folder on the way may have become a symlink in the work tree
 * (`sub/package.json` with `sub -> /elsewhere`): so every read resolves the whole path, refuses a
 * real path outside the root, opens that real path with O_NOFOLLOW, and checks that what it opened
 * is the file it resolved (no swap in between).
 */
function openInside(realRoot, file) {
    let target;
    try {
        target = external_node_fs_.realpathSync.native((0,external_node_path_.join)(realRoot, file));
    }
    catch (error) {
        const code = error.code;
        return { skipped: code === 'ENOENT' ? 'it is a symlink to nothing' : `it could not be read (${code})` };
    }
    if (target === realRoot || !(0,workspace/* isInside */.FK)(realRoot, target)) {
        const isLink = (0,external_node_fs_.lstatSync)((0,external_node_path_.join)(realRoot, file), { throwIfNoEntry: false })?.isSymbolicLink();
        return {
            skipped: isLink
                ? 'it is a symlink to a path outside the repository'
                : 'it lies below a symlinked folder that leads outside the repository',
        };
    }
    const fd = (0,external_node_fs_.openSync)(target, OPEN_FLAGS | (external_node_fs_.constants.O_NOFOLLOW ?? 0));
    const opened = (0,external_node_fs_.fstatSync)(fd);
    const resolved = (0,external_node_fs_.statSync)(target, { throwIfNoEntry: false });
    if (!resolved || resolved.ino !== opened.ino || resolved.dev !== opened.dev) {
        (0,external_node_fs_.closeSync)(fd);
        return { skipped: 'it changed while it was being read' };
    }
    return fd;
}


/***/ }),

/***/ 9361:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q9: () => (/* binding */ stripByteOrderMark),
/* harmony export */   rg: () => (/* binding */ byPosition),
/* harmony export */   rr: () => (/* binding */ LineIndex)
/* harmony export */ });
/* harmony import */ var _compare_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5344);

/**
 * Turns string offsets into 1-based line/column locations. Columns count UTF-16
 * code units, as SARIF's default and `yaml`'s LineCounter do; the end column is
 * that of the character after the span, as in `yaml`'s linePos and SARIF regions.
 */
class LineIndex {
    /** Offset at which each line starts; line n (1-based) starts at lineStarts[n - 1]. */
    lineStarts = [0];
    constructor(text) {
        for (let i = 0; i < text.length; i++) {
            if (text.charCodeAt(i) === 10)
                this.lineStarts.push(i + 1);
        }
    }
    /** 1-based line and column of an offset. */
    position(offset) {
        // Binary search for the last line starting at or before offset.
        let low = 0;
        let high = this.lineStarts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if ((this.lineStarts[middle] ?? 0) <= offset)
                low = middle;
            else
                high = middle - 1;
        }
        return { line: low + 1, column: offset - (this.lineStarts[low] ?? 0) + 1 };
    }
    location(file, span) {
        const start = this.position(span.start);
        const end = this.position(span.end);
        return { file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
    }
}
/** A byte-order mark is invisible in editors, so positions are counted without it. */
function stripByteOrderMark(text) {
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
/** Orders refs as they stand in their file, so every parser reports in reading order. */
function byPosition(refs) {
    return refs.sort((a, b) => (0,_compare_js__WEBPACK_IMPORTED_MODULE_0__/* .compareStrings */ .K)(a.location.file, b.location.file) ||
        a.location.line - b.location.line ||
        a.location.column - b.location.column);
}


/***/ })

};
