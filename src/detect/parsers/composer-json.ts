import { memberValue, objectMembers, parseJsonWithSpans } from '../json-with-spans.js';
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
  const root = parseJsonWithSpans(text);
  if (root?.kind !== 'object') return [];
  const lines = new LineIndex(text);
  const refs: DependencyRef[] = [];
  for (const section of SECTIONS) {
    for (const { key } of objectMembers(memberValue(root, section))) {
      if (!key.value.includes('/')) continue;
      refs.push({
        ecosystem: 'composer',
        name: key.value,
        location: lines.location(file, key.span),
        section,
      });
    }
  }
  return byPosition(refs);
}
