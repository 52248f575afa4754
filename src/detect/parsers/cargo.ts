import { byPosition, stripByteOrderMark } from '../text-span.js';
import { parseTomlWithSpans } from '../toml-with-spans.js';
import type { DependencyRef } from '../types.js';
import { TomlDependencyCollector } from './toml-dependencies.js';

/** Cargo still accepts the underscore spellings, so a manifest may use either. */
const DEPENDENCY_TABLES = [
  'dependencies',
  'dev-dependencies',
  'dev_dependencies',
  'build-dependencies',
  'build_dependencies',
];

/**
 * Cargo.toml: `[dependencies]`, `[dev-dependencies]`, `[build-dependencies]`, their
 * `[target.<cfg>.*]` forms and `[workspace.dependencies]`. A renamed dependency
 * (`alias = { package = "crate" }`) is reported as the crate it names.
 */
export function parseCargoToml(file: string, text: string): DependencyRef[] {
  text = stripByteOrderMark(text);
  const document = parseTomlWithSpans(text);
  if (!document) return [];
  const collect = new TomlDependencyCollector(file, text, document, 'cargo');
  for (const table of DEPENDENCY_TABLES) collect.nameTable([table], { renames: true });
  for (const target of collect.tableNames(['target'])) {
    for (const table of DEPENDENCY_TABLES) collect.nameTable(['target', target, table], { renames: true });
  }
  collect.nameTable(['workspace', 'dependencies'], { renames: true });
  return byPosition(collect.refs);
}
