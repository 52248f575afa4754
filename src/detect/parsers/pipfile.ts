import { byPosition, stripByteOrderMark } from '../text-span.js';
import { parseTomlWithSpans } from '../toml-with-spans.js';
import type { DependencyRef } from '../types.js';
import { TomlDependencyCollector } from './toml-dependencies.js';

/** Pipfile (TOML): the `[packages]` and `[dev-packages]` tables. */
export function parsePipfile(file: string, text: string): DependencyRef[] {
  text = stripByteOrderMark(text);
  const document = parseTomlWithSpans(text);
  if (!document) return [];
  const collect = new TomlDependencyCollector(file, text, document, 'pypi');
  collect.nameTable(['packages']);
  collect.nameTable(['dev-packages']);
  return byPosition(collect.refs);
}
