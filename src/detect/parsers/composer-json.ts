import { memberValue, objectMembers, parseJsonManifest, stringSpan } from '../json-tree.js';
import { byPosition } from '../text-span.js';
import type { DependencyRef } from '../types.js';

const SECTIONS = ['require', 'require-dev'];

/**
 * composer.json: `require` and `require-dev`. Platform requirements (`php`,
 * `ext-json`, `lib-curl`, `composer-plugin-api`) are skipped: only packages
 * have a `vendor/` prefix.
 */
export function parseComposerJson(file: string, text: string): DependencyRef[] {
  const json = parseJsonManifest(text);
  if (!json) return [];
  const refs: DependencyRef[] = [];
  for (const section of SECTIONS) {
    for (const [key] of objectMembers(memberValue(json.root, section))) {
      const name = key.value as string;
      if (!name.includes('/')) continue;
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
