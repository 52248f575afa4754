import { memberValue, objectMembers, parseJsonTree, stringSpan } from '../json-tree.js';
import { byPosition, LineIndex, stripByteOrderMark } from '../text-span.js';
import type { DependencyRef } from '../types.js';

const SECTIONS = ['require', 'require-dev'];

/**
 * composer.json: `require` and `require-dev`. Platform requirements (`php`,
 * `ext-json`, `lib-curl`, `composer-plugin-api`) are skipped: only packages
 * have a `vendor/` prefix.
 */
export function parseComposerJson(file: string, text: string): DependencyRef[] {
  text = stripByteOrderMark(text);
  const root = parseJsonTree(text);
  if (root?.type !== 'object') return [];
  const lines = new LineIndex(text);
  const refs: DependencyRef[] = [];
  for (const section of SECTIONS) {
    for (const [key] of objectMembers(memberValue(root, section))) {
      const name = key.value as string;
      if (!name.includes('/')) continue;
      refs.push({ ecosystem: 'composer', name, location: lines.location(file, stringSpan(key)), section });
    }
  }
  return byPosition(refs);
}
