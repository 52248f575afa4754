import { requirementName } from '../pep508.js';
import { isTable, tableAt, formatTomlPath, type TomlDocument } from '../toml-with-spans.js';
import { LineIndex, type Span } from '../text-span.js';
import type { DependencyRef, Ecosystem } from '../types.js';

/** Builds DependencyRefs from a TOML manifest, for the pyproject, Pipfile and Cargo parsers. */
export class TomlDependencyCollector {
  readonly refs: DependencyRef[] = [];
  private readonly lines: LineIndex;

  constructor(
    private readonly file: string,
    private readonly text: string,
    private readonly document: TomlDocument,
    private readonly ecosystem: Ecosystem,
  ) {
    this.lines = new LineIndex(text);
  }

  /** A list of PEP 508 strings (`project.dependencies`); entries that are not named requirements are skipped. */
  requirementList(path: readonly string[]): void {
    const list = this.valueAt(path);
    if (!Array.isArray(list)) return;
    list.forEach((entry, index) => {
      if (typeof entry !== 'string') return; // e.g. PEP 735 `{include-group = "test"}`
      const requirement = requirementName(entry);
      if (!requirement) return;
      this.add(requirement.name, this.requirementSpan([...path, index], requirement.name), path);
    });
  }

  /** A table keyed by dependency name (`[tool.poetry.dependencies]`, `[packages]`, `[dependencies]`). */
  nameTable(
    path: readonly string[],
    options: { skip?: (name: string) => boolean; renames?: boolean } = {},
  ): void {
    const table = tableAt(this.document.data, path);
    if (!table) return;
    for (const [key, value] of Object.entries(table)) {
      if (options.skip?.(key)) continue;
      // Cargo: `alias = { package = "real-crate" }` depends on real-crate, written in that string.
      const renamed =
        options.renames && isTable(value) && typeof value.package === 'string' ? value.package : undefined;
      if (renamed !== undefined) {
        this.add(
          renamed,
          this.document.stringSpan([...path, key, 'package']) ?? this.fallbackSpan(path),
          path,
        );
      } else {
        this.add(key, this.document.keySpan([...path, key]) ?? this.fallbackSpan(path), path);
      }
    }
  }

  /** Names of the subtables at `path` (`[project.optional-dependencies]` → its extras). */
  tableNames(path: readonly string[]): string[] {
    return Object.keys(tableAt(this.document.data, path) ?? {});
  }

  private valueAt(path: readonly string[]): unknown {
    const parent = tableAt(this.document.data, path.slice(0, -1));
    const last = path[path.length - 1];
    return parent && last !== undefined ? parent[last] : undefined;
  }

  /** The name inside a requirement string, when the string as written starts with it (no escapes before it). */
  private requirementSpan(path: readonly (string | number)[], name: string): Span {
    const span = this.document.stringSpan(path);
    if (!span) return this.fallbackSpan(path.filter((segment) => typeof segment === 'string'));
    const written = requirementName(this.text.slice(span.start, span.end));
    if (written?.name !== name) return span;
    return { start: span.start + written.start, end: span.start + written.end };
  }

  /** Where the section itself is named, should a name's own span be missing (the scanner found every one in tests). */
  private fallbackSpan(path: readonly string[]): Span {
    for (let length = path.length; length > 0; length--) {
      const span = this.document.keySpan(path.slice(0, length));
      if (span) return span;
    }
    return { start: 0, end: 0 };
  }

  private add(name: string, span: Span, section: readonly string[]): void {
    this.refs.push({
      ecosystem: this.ecosystem,
      name,
      location: this.lines.location(this.file, span),
      section: formatTomlPath(section),
    });
  }
}
