import { readJsonSections } from '../json-tree.js';
import { byPosition } from '../text-span.js';
import type { DependencyRef } from '../types.js';

const SECTIONS = ['require', 'require-dev'];

/**
 * composer.json: `require` and `require-dev`. Platform requirements (`php`,
 * `ext-json`, `lib-curl`, `composer-plugin-api`) are skipped: only packages
 * have a `vendor/` prefix.
 */
export function parseComposerJson(file: string, text: string): DependencyRef[] {
  const refs: DependencyRef[] = [];
  for (const [section, { kind, names }] of readJsonSections(file, text, SECTIONS) ?? []) {
    if (kind !== 'object') continue;
    for (const { value, location } of names)
      if (value.includes('/')) refs.push({ ecosystem: 'composer', name: value, location, section });
  }
  return byPosition(refs);
}
