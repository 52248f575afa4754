import { memberValue, objectMembers, parseJsonManifest, stringSpan, type JsonNode } from '../json-tree.js';
import { byPosition } from '../text-span.js';
import type { DependencyRef } from '../types.js';

/** Sections mapping a package name to a version range. */
const DEPENDENCY_MAPS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'];
/** Sections listing names of packages to bundle (npm accepts both spellings). */
const BUNDLED_LISTS = ['bundleDependencies', 'bundledDependencies'];

/** package.json: every dependency section; malformed JSON yields nothing. */
export function parsePackageJson(file: string, text: string): DependencyRef[] {
  const json = parseJsonManifest(text);
  if (!json) return [];
  const { root, lines } = json;
  const refs: DependencyRef[] = [];
  const add = (name: JsonNode, section: string): void => {
    refs.push({
      ecosystem: 'npm',
      name: name.value,
      location: lines.location(file, stringSpan(name)),
      section,
    });
  };
  for (const section of DEPENDENCY_MAPS) {
    for (const [key] of objectMembers(memberValue(root, section))) add(key, section);
  }
  for (const section of BUNDLED_LISTS) {
    const list = memberValue(root, section);
    if (list?.type !== 'array') continue; // `true` means "all dependencies", already reported
    for (const item of list.children ?? []) if (item.type === 'string') add(item, section);
  }
  return byPosition(refs);
}
