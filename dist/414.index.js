export const id = 414;
export const ids = [414];
export const modules = {

/***/ 1751:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ normalizePypiName),
/* harmony export */   x: () => (/* binding */ requirementName)
/* harmony export */ });
/** PyPI name rules shared by requirements files, pyproject.toml and pattern matching. */
const NAME = /[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/y;
/** What may follow a name in a requirement: extras, a version, a marker, a URL (`@`), or nothing. */
const AFTER_NAME = /[ \t]*(?:$|[[(<>=!~;@])|[ \t]+--?[A-Za-z]/y;
/** pip treats a "name" like these as a local archive, not a project on an index. */
const ARCHIVE_SUFFIX = /\.(?:whl|zip|tar|tgz|tar\.gz|tar\.bz2|tar\.xz)$/i;
/**
 * The project name a PEP 508 requirement starts with (`requests[socks]>=2; python_version<"4"`).
 * Undefined when the text is not a named requirement: a URL, a path, an archive, an option.
 */
function requirementName(requirement) {
    let start = 0;
    while (requirement[start] === ' ' || requirement[start] === '\t')
        start++;
    NAME.lastIndex = start;
    const match = NAME.exec(requirement);
    if (!match)
        return undefined;
    const end = start + match[0].length;
    AFTER_NAME.lastIndex = end;
    if (!AFTER_NAME.test(requirement))
        return undefined;
    if (ARCHIVE_SUFFIX.test(match[0]))
        return undefined;
    return { name: match[0], start, end };
}
/** PEP 503 normalisation: lowercase, and any run of `-`, `_` and `.` is one `-`. */
function normalizePypiName(name) {
    return name.replace(/[-_.]+/g, '-').toLowerCase();
}


/***/ }),

/***/ 3414:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  findInventoryFindings: () => (/* binding */ findInventoryFindings)
});

// EXTERNAL MODULE: ./src/detect/pep508.ts
var pep508 = __webpack_require__(1751);
;// CONCATENATED MODULE: ./src/detect/match.ts

/**
 * Whether a vendor rule's `detect` pattern matches a dependency name. `*` matches
 * any run of characters other than `/`; nothing else is special. Names compare
 * as each ecosystem compares them:
 * - npm, gem, env: exactly (case-sensitive);
 * - pypi: PEP 503-normalised (`Clerk_Backend.API` is `clerk-backend-api`);
 * - composer: case-insensitively;
 * - cargo: case-insensitively, `-` and `_` alike (as crates.io treats them);
 * - go: the pattern is a module path prefix, ending at a `/`
 *   (`github.com/clerk/clerk-sdk-go` matches `github.com/clerk/clerk-sdk-go/v2`).
 */
function matchesPattern(ecosystem, pattern, name) {
    switch (ecosystem) {
        case 'pypi':
            return matchesGlob((0,pep508/* normalizePypiName */.T)(pattern), (0,pep508/* normalizePypiName */.T)(name));
        case 'composer':
            return matchesGlob(pattern.toLowerCase(), name.toLowerCase());
        case 'cargo':
            return matchesGlob(normalizeCrateName(pattern), normalizeCrateName(name));
        case 'go':
            return matchesModulePrefix(pattern, name);
        case 'npm':
        case 'gem':
        case 'env':
            return matchesGlob(pattern, name);
    }
}
/** The first of a rule's patterns that matches a dependency, if any. */
function findMatchingPattern(patterns, ref) {
    return patterns[ref.ecosystem]?.find((pattern) => matchesPattern(ref.ecosystem, pattern, ref.name));
}
/**
 * Glob match without regular expressions, so no pattern can blow up: at worst
 * pattern length × name length steps. `/` separates segments that must pair up
 * one to one; each pair is matched by the classic greedy algorithm that
 * backtracks only to the latest `*`, which is exact when `*` is the only wildcard.
 */
function matchesGlob(pattern, name) {
    const patternSegments = pattern.split('/');
    const nameSegments = name.split('/');
    if (patternSegments.length !== nameSegments.length)
        return false;
    return patternSegments.every((segment, index) => matchesSegment(segment, nameSegments[index] ?? ''));
}
function matchesSegment(pattern, name) {
    let patternIndex = 0;
    let nameIndex = 0;
    let starIndex = -1; // pattern index of the latest `*` seen
    let starNameIndex = 0; // name index that `*` currently stops before
    while (nameIndex < name.length) {
        if (pattern[patternIndex] === '*') {
            starIndex = patternIndex++;
            starNameIndex = nameIndex;
        }
        else if (patternIndex < pattern.length && pattern[patternIndex] === name[nameIndex]) {
            patternIndex++;
            nameIndex++;
        }
        else if (starIndex !== -1) {
            // Let the latest star swallow one more character and retry what follows it.
            patternIndex = starIndex + 1;
            nameIndex = ++starNameIndex;
        }
        else {
            return false;
        }
    }
    while (pattern[patternIndex] === '*')
        patternIndex++;
    return patternIndex === pattern.length;
}
/** A Go module path pattern matches a module path that is, or starts with, a module it matches. */
function matchesModulePrefix(pattern, name) {
    // `*` never spans `/`, so only the name's first as-many-segments can match.
    const segmentCount = pattern.split('/').length;
    const nameSegments = name.split('/');
    if (nameSegments.length < segmentCount)
        return false;
    return matchesGlob(pattern, nameSegments.slice(0, segmentCount).join('/'));
}
/** crates.io refuses a name differing from an existing one only by case or `-`/`_`. */
function normalizeCrateName(name) {
    return name.toLowerCase().replaceAll('_', '-');
}

;// CONCATENATED MODULE: ./src/engine/inventory.ts

/**
 * Compare what the code uses with what the manifest declares: an SDK of a catalogued vendor that no
 * service declares is undeclared (an env key only commented out is an optional integration); a
 * declared vendor with detect patterns and no trace in the code is unused. Pure: the scan ran before.
 */
function findInventoryFindings(dependencies, manifest, catalogue) {
    const findings = [];
    const declared = new Map();
    manifest.services.forEach((service, index) => {
        const id = catalogue.resolve(service.vendor)?.rule.id;
        if (id && !declared.has(id))
            declared.set(id, index);
    });
    const byName = groupByName(dependencies);
    for (const loaded of catalogue.rules) {
        const patterns = loaded.rule.detect;
        if (!patterns)
            continue;
        const hits = [];
        for (const refs of byName.values()) {
            const pattern = findMatchingPattern(patterns, refs[0]);
            if (pattern)
                for (const ref of refs)
                    hits.push({ ref, pattern });
        }
        hits.sort((a, b) => byName.position.get(a.ref) - byName.position.get(b.ref));
        const serviceIndex = declared.get(loaded.rule.id);
        if (serviceIndex !== undefined) {
            if (hits.length === 0 && Object.values(patterns).some((p) => p && p.length > 0))
                findings.push(unused(loaded, serviceIndex));
            continue;
        }
        const active = hits.filter((h) => !h.ref.commented);
        for (const { ref, pattern } of active.length > 0 ? active : hits)
            findings.push(undeclared(loaded, ref, pattern));
    }
    return findings;
}
/**
 * A monorepo declares thousands of dependencies on a few dozen names: group them by name so that
 * each rule matches each name once. `position` keeps the scan's file and line order.
 */
function groupByName(dependencies) {
    const groups = Object.assign(new Map(), {
        position: new Map(),
    });
    dependencies.forEach((ref, index) => {
        groups.position.set(ref, index);
        const key = `${ref.ecosystem}\0${ref.name}`;
        const group = groups.get(key);
        if (group)
            group.push(ref);
        else
            groups.set(key, [ref]);
    });
    return groups;
}
function undeclared(loaded, ref, pattern) {
    const { rule } = loaded;
    const what = ref.ecosystem === 'env'
        ? `the env key ${ref.name}`
        : `${ref.name}${ref.section ? ` (${ref.section})` : ''}`;
    if (ref.commented) {
        return {
            check: 'inventory.optional',
            vendor: rule.id,
            evidence: [],
            at: { location: ref.location },
            message: `${ref.location.file} mentions ${what} of ${rule.name} only in a comment: an optional integration no service declares.`,
            remediation: `If ${rule.name} is switched on in production, declare it under services (vendor: ${rule.id}) with its plan and the data it receives.`,
        };
    }
    return {
        check: 'inventory.undeclared',
        vendor: rule.id,
        evidence: [],
        at: { location: ref.location },
        message: `${ref.location.file} uses ${what}, which matches ${rule.name}'s ${ref.ecosystem} pattern ${pattern}, but no service declares ${rule.name}.`,
        remediation: `Declare ${rule.name} under services (vendor: ${rule.id}, plan: one of ${rule.plans.join(', ')}) with the data it receives, or remove the dependency.`,
    };
}
function unused(loaded, index) {
    const { rule } = loaded;
    return {
        check: 'inventory.unused',
        service: index,
        vendor: rule.id,
        evidence: [],
        at: { path: ['services', index, 'vendor'] },
        message: `${rule.name} is declared, but none of its SDKs or env keys appear in the repository's dependency files.`,
        remediation: `Remove the service if ${rule.name} is no longer used; keep it if you call ${rule.name} without an SDK.`,
    };
}


/***/ })

};
