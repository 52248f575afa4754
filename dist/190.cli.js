export const id = 190;
export const ids = [190];
export const modules = {

/***/ 3190:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   findInventoryFindings: () => (/* binding */ findInventoryFindings)
/* harmony export */ });
/* harmony import */ var _detect_match_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7086);

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
            const pattern = (0,_detect_match_js__WEBPACK_IMPORTED_MODULE_0__/* .findMatchingPattern */ .vD)(patterns, refs[0]);
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
