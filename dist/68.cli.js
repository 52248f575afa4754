export const id = 68;
export const ids = [68];
export const modules = {

/***/ 9068:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  scanRepository: () => (/* binding */ scanRepository)
});

// UNUSED EXPORTS: readRepoFile

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/workspace.ts
var workspace = __webpack_require__(3338);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/compare.ts
var compare = __webpack_require__(5344);
;// CONCATENATED MODULE: ./src/detect/text-span.ts

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
    return refs.sort((a, b) => (0,compare/* compareStrings */.K)(a.location.file, b.location.file) ||
        a.location.line - b.location.line ||
        a.location.column - b.location.column);
}

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
        this.lines = new LineIndex(text);
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
    text = stripByteOrderMark(text);
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
    return byPosition(collect.refs);
}

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __webpack_require__(9547);
;// CONCATENATED MODULE: ./src/detect/json-tree.ts


/**
 * Parses strict JSON (RFC 8259) with jsonc-parser, whose tree keeps every node's offset. Undefined
 * for malformed input (jsonc-parser returns its errors as data; any error means the file declares
 * nothing) and for nesting deeper than the stack. Duplicate keys are all kept, in order.
 */
function parseJsonTree(text) {
    const errors = [];
    let root;
    try {
        root = (0,main.parseTree)(text, errors, { disallowComments: true, allowTrailingComma: false });
    }
    catch {
        return undefined; // a RangeError: nested deeper than any real manifest
    }
    return errors.length === 0 ? root : undefined;
}
/** A JSON manifest file: its top-level object and line index; undefined unless it is a JSON object. */
function parseJsonManifest(text) {
    const stripped = stripByteOrderMark(text);
    const root = parseJsonTree(stripped);
    return root?.type === 'object' ? { root, lines: new LineIndex(stripped) } : undefined;
}
/** The `[key, value]` members of an object, in order, or none for any other value. */
function objectMembers(node) {
    if (node?.type !== 'object')
        return [];
    return (node.children ?? []).flatMap((property) => {
        const [key, value] = property.children ?? [];
        return key && value ? [[key, value]] : [];
    });
}
/** The last value of `key` in an object, as JSON.parse would keep it. */
function memberValue(node, key) {
    return objectMembers(node).findLast(([name]) => name.value === key)?.[1];
}
/** Where a string's contents stand as written, between its quotes. */
function stringSpan(node) {
    return { start: node.offset + 1, end: node.offset + node.length - 1 };
}

;// CONCATENATED MODULE: ./src/detect/parsers/composer-json.ts


const SECTIONS = ['require', 'require-dev'];
/**
 * composer.json: `require` and `require-dev`. Platform requirements (`php`,
 * `ext-json`, `lib-curl`, `composer-plugin-api`) are skipped: only packages
 * have a `vendor/` prefix.
 */
function parseComposerJson(file, text) {
    const json = parseJsonManifest(text);
    if (!json)
        return [];
    const refs = [];
    for (const section of SECTIONS) {
        for (const [key] of objectMembers(memberValue(json.root, section))) {
            const name = key.value;
            if (!name.includes('/'))
                continue;
            refs.push({
                ecosystem: 'composer',
                name,
                location: json.lines.location(file, stringSpan(key)),
                section,
            });
        }
    }
    return byPosition(refs);
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
    text = stripByteOrderMark(text);
    const lines = new LineIndex(text);
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

/** `gem "name"` or `gem('name'`: the name is the first string argument. */
const GEM = /^\s*gem\s*\(?\s*(["'])([^"'\s]+)\1/;
/** `group :test, :development do`: the groups named before `do`. */
const GROUP_BLOCK = /^\s*group\s*\(?(.*?)\)?\s*do\s*(?:\|[^|]*\|\s*)?$/;
/** Any other line ending in `do` opens a block whose `end` we must not mistake for a group's. */
const DO_BLOCK = /\bdo\s*(?:\|[^|]*\|\s*)?$/;
/** Ruby keywords that open a block closed by `end` when they start a statement. */
const KEYWORD_BLOCK = /^\s*(?:if|unless|case|while|until|begin|def|class|module|for)\b/;
const END = /^\s*end\b/;
/** An inline `group: :test`, `groups: [:a, :b]` or `:group => :test` option. */
const GROUP_OPTION = /(?:\bgroups?:|:groups?\s*=>)\s*(\[[^\]]*\]|:\w+|"[^"]*"|'[^']*')/;
/**
 * Gemfile (also gems.rb): each `gem "name"` line. The section is the enclosing
 * `group ... do` block or the gem's own `group:` option, written `group :test`
 * (`group :development, :test` for several); gems outside any group have none.
 */
function parseGemfile(file, text) {
    text = stripByteOrderMark(text);
    const lines = new LineIndex(text);
    const refs = [];
    const blocks = []; // the group section each open block names, if any
    let inDocComment = false;
    let offset = 0;
    for (const physical of text.split('\n')) {
        const lineStart = offset;
        offset += physical.length + 1;
        // `=begin` ... `=end` comments must start in column 1.
        if (inDocComment) {
            if (/^=end\b/.test(physical))
                inDocComment = false;
            continue;
        }
        if (/^=begin\b/.test(physical)) {
            inDocComment = true;
            continue;
        }
        const code = withoutComment(physical).trimEnd();
        const gem = GEM.exec(code);
        if (gem) {
            const name = gem[2] ?? '';
            const start = lineStart + gem[0].length - 1 - name.length;
            const option = GROUP_OPTION.exec(code.slice(gem[0].length));
            const section = option
                ? groupSection(option[1] ?? '')
                : blocks.findLast((group) => group !== undefined);
            refs.push({
                ecosystem: 'gem',
                name,
                location: lines.location(file, { start, end: start + name.length }),
                ...(section !== undefined && { section }),
            });
            if (DO_BLOCK.test(code))
                blocks.push(undefined);
            continue;
        }
        const group = GROUP_BLOCK.exec(code);
        if (group)
            blocks.push(groupSection(group[1] ?? ''));
        else if (DO_BLOCK.test(code) || KEYWORD_BLOCK.test(code))
            blocks.push(undefined);
        else if (END.test(code))
            blocks.pop();
    }
    return refs;
}
/** `:development, "test"` or `[:a, :b]` → `group :development, :test`. */
function groupSection(groupArguments) {
    // Symbols and strings, but not the keys of options such as `:optional => true`.
    const names = [...groupArguments.matchAll(/:(\w+)\b(?!\s*=>)|(["'])(\w+)\2(?!\s*=>)/g)].map((match) => match[1] ?? match[3]);
    return names.length > 0 ? `group ${names.map((name) => `:${name}`).join(', ')}` : undefined;
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
    text = stripByteOrderMark(text);
    const lines = new LineIndex(text);
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
    const json = parseJsonManifest(text);
    if (!json)
        return [];
    const { root, lines } = json;
    const refs = [];
    const add = (name, section) => {
        refs.push({
            ecosystem: 'npm',
            name: name.value,
            location: lines.location(file, stringSpan(name)),
            section,
        });
    };
    for (const section of DEPENDENCY_MAPS) {
        for (const [key] of objectMembers(memberValue(root, section)))
            add(key, section);
    }
    for (const section of BUNDLED_LISTS) {
        const list = memberValue(root, section);
        if (list?.type !== 'array')
            continue; // `true` means "all dependencies", already reported
        for (const item of list.children ?? [])
            if (item.type === 'string')
                add(item, section);
    }
    return byPosition(refs);
}

;// CONCATENATED MODULE: ./src/detect/parsers/pipfile.ts



/** Pipfile (TOML): the `[packages]` and `[dev-packages]` tables. */
function parsePipfile(file, text) {
    text = stripByteOrderMark(text);
    const document = parseTomlWithSpans(text);
    if (!document)
        return [];
    const collect = new TomlDependencyCollector(file, text, document, 'pypi');
    collect.nameTable(['packages']);
    collect.nameTable(['dev-packages']);
    return byPosition(collect.refs);
}

;// CONCATENATED MODULE: ./src/detect/parsers/pyproject.ts




/**
 * pyproject.toml: PEP 621 `project.dependencies` and `project.optional-dependencies.*`,
 * PEP 735 `dependency-groups.*`, Poetry's dependency tables (without `python`, the
 * interpreter), and the PDM and uv dev-dependency lists.
 */
function parsePyproject(file, text) {
    text = stripByteOrderMark(text);
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
    return byPosition(collect.refs);
}

;// CONCATENATED MODULE: ./src/detect/parsers/requirements-txt.ts


/**
 * requirements.txt (pip): one PEP 508 requirement per line. Comments, options
 * (`-r`, `-e`, `--hash`, `--index-url`, ...), URLs, paths and archives name no
 * project and are skipped.
 */
function parseRequirementsTxt(file, text) {
    text = stripByteOrderMark(text);
    const lines = new LineIndex(text);
    const refs = [];
    for (const line of logicalLines(text)) {
        // pip's comment rule: `#` at the start or after whitespace; `#egg=` in a URL is not a comment.
        const requirement = line.text.replace(/(?:^|[ \t]+)#.*$/, '');
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

;// CONCATENATED MODULE: ./src/detect/list-files.ts







const execFileAsync = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
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
    return files.sort(compare/* compareStrings */.K);
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
function filterTrackedFiles(paths, isIgnored, include = isDependencyFile) {
    const virtualenvs = new Set(paths.filter((path) => basename(path) === VIRTUALENV_MARKER).map((path) => parentFolder(path)));
    return paths.filter((path) => {
        if (!include(path) || isIgnored(path))
            return false;
        const folders = path.split('/').slice(0, -1);
        return folders.every((name, index) => !isSkippedFolder(name) && !virtualenvs.has(folders.slice(0, index + 1).join('/')));
    });
}
async function walkFiles(root, isIgnored, include = isDependencyFile) {
    const files = [];
    const pending = [''];
    for (let folder = pending.pop(); folder !== undefined; folder = pending.pop()) {
        let entries;
        try {
            entries = await (0,promises_.readdir)((0,external_node_path_.join)(root, folder), { withFileTypes: true });
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
/** Matches a path, or any folder above it, against the ignore globs. */
function ignoreMatcher(globs) {
    const patterns = globs
        .map((glob) => glob.trim().replace(/^\.\//, '').replace(/\/+$/, ''))
        .filter((glob) => glob !== '');
    if (patterns.length === 0)
        return () => false;
    const matches = picomatch_default()(patterns, { dot: true });
    return (path) => {
        const segments = path.split('/');
        return segments.some((_, index) => matches(segments.slice(0, index + 1).join('/')));
    };
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
    return files.sort(compareStrings);
}

;// CONCATENATED MODULE: ./src/detect/scan.ts







const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
/** Every dependency and env key declared in the repository at `root`, in file and line order. */
async function scanRepository(root, options = {}) {
    const realRoot = await (0,promises_.realpath)((0,external_node_path_.resolve)(root));
    const files = await listRepoFiles(realRoot, { ignore: options.ignore ?? [] });
    const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    const refs = [];
    // Synchronous reads: thousands of small files, nothing else to do meanwhile, and a promise
    // round trip through the thread pool per system call cost more than the reads themselves.
    for (const file of files) {
        const parse = parserFor(file);
        if (parse === undefined)
            continue;
        const result = readRepoFile(realRoot, file, maxBytes);
        if ('skipped' in result)
            options.onSkip?.(file, result.skipped);
        else
            for (const ref of parse(file, result.text))
                refs.push(ref);
    }
    return byPosition(refs);
}
const UTF8 = new TextDecoder('utf-8');
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
        return { text: UTF8.decode(bytes) };
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
 * Open a listed file without following a symlink out of the repository. Neither `git ls-files`
 * nor the walk lists a path below a symlinked folder, so only the file itself can be a link:
 * open it with O_NOFOLLOW, and resolve the link only when that fails because it is one.
 */
function openInside(realRoot, file) {
    const path = (0,external_node_path_.join)(realRoot, file);
    if (external_node_fs_.constants.O_NOFOLLOW !== undefined) {
        try {
            return (0,external_node_fs_.openSync)(path, OPEN_FLAGS | external_node_fs_.constants.O_NOFOLLOW);
        }
        catch (error) {
            const code = error.code;
            if (code !== 'ELOOP' && code !== 'EMLINK')
                throw error; // EMLINK: FreeBSD's answer
        }
    }
    const target = (0,external_node_fs_.realpathSync)(path);
    if (target === realRoot || !(0,workspace/* isInside */.FK)(realRoot, target))
        return { skipped: 'it is a symlink to a path outside the repository' };
    return (0,external_node_fs_.openSync)(target, OPEN_FLAGS);
}


/***/ })

};
