/** Dependency detection: which files declare dependencies, what they declare, and rule pattern matching. */
export { listRepoFiles, isSkippedFolder, type ListRepoFilesOptions } from './list-files.js';
export { findMatchingPattern, matchesGlob, matchesPattern } from './match.js';
export { isDependencyFile, parserFor, type DependencyParser } from './parser-for.js';
export { normalizePypiName } from './pep508.js';
export { scanRepository, type ScanOptions } from './scan.js';
export { ECOSYSTEMS, type DependencyRef, type DetectPatterns, type Ecosystem } from './types.js';
