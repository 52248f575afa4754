import { normalizePypiName } from '../pep508.js';
import { byPosition, stripByteOrderMark } from '../text-span.js';
import { parseTomlWithSpans } from '../toml-with-spans.js';
import type { DependencyRef } from '../types.js';
import { TomlDependencyCollector } from './toml-dependencies.js';

/**
 * pyproject.toml: PEP 621 `project.dependencies` and `project.optional-dependencies.*`,
 * PEP 735 `dependency-groups.*`, Poetry's dependency tables (without `python`, the
 * interpreter), and the PDM and uv dev-dependency lists.
 */
export function parsePyproject(file: string, text: string): DependencyRef[] {
  text = stripByteOrderMark(text);
  const document = parseTomlWithSpans(text);
  if (!document) return [];
  const collect = new TomlDependencyCollector(file, text, document, 'pypi');

  collect.requirementList(['project', 'dependencies']);
  for (const extra of collect.tableNames(['project', 'optional-dependencies'])) {
    collect.requirementList(['project', 'optional-dependencies', extra]);
  }
  for (const group of collect.tableNames(['dependency-groups'])) {
    collect.requirementList(['dependency-groups', group]);
  }

  const notPython = { skip: (name: string) => normalizePypiName(name) === 'python' };
  collect.nameTable(['tool', 'poetry', 'dependencies'], notPython);
  collect.nameTable(['tool', 'poetry', 'dev-dependencies'], notPython);
  for (const group of collect.tableNames(['tool', 'poetry', 'group'])) {
    collect.nameTable(['tool', 'poetry', 'group', group, 'dependencies'], notPython);
  }

  for (const group of collect.tableNames(['tool', 'pdm', 'dev-dependencies'])) {
    collect.requirementList(['tool', 'pdm', 'dev-dependencies', group]);
  }
  collect.requirementList(['tool', 'uv', 'dev-dependencies']);
  return byPosition(collect.refs);
}
