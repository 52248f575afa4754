import { readJsonSections } from '../json-tree.js';
import { byPosition } from '../text-span.js';
import type { DependencyRef } from '../types.js';

/** Sections mapping a package name to a version range. */
const DEPENDENCY_MAPS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'];
/** Sections listing names of packages to bundle (npm accepts both spellings). */
const BUNDLED_LISTS = ['bundleDependencies', 'bundledDependencies'];

/** package.json: every dependency section; malformed JSON yields nothing. */
export function parsePackageJson(file: string, text: string): DependencyRef[] {
  const sections = readJsonSections(file, text, [...DEPENDENCY_MAPS, ...BUNDLED_LISTS]);
  const refs: DependencyRef[] = [];
  for (const [section, { kind, names }] of sections ?? []) {
    // A list must be an array (`true` means "all dependencies", already reported); a map an object.
    if (kind !== (BUNDLED_LISTS.includes(section) ? 'array' : 'object')) continue;
    for (const { value, location } of names) refs.push({ ecosystem: 'npm', name: value, location, section });
  }
  return byPosition(refs);
}
