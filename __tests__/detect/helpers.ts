import type { DependencyRef } from '../../src/detect/types.js';

/** A ref flattened for table-driven expectations. */
export interface Located {
  name: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  section?: string;
  commented?: boolean;
}

export function located(refs: DependencyRef[]): Located[] {
  return refs.map(({ name, location, section, commented }) => ({
    name,
    line: location.line,
    column: location.column,
    endLine: location.endLine,
    endColumn: location.endColumn,
    ...(section !== undefined && { section }),
    ...(commented !== undefined && { commented }),
  }));
}

/** The expected ref for `name` written at line:column on one line. */
export function at(name: string, line: number, column: number, section?: string): Located {
  return {
    name,
    line,
    column,
    endLine: line,
    endColumn: column + name.length,
    ...(section !== undefined && { section }),
  };
}

/** The text a location spans, to check that every location covers the name as written. */
export function textAt(text: string, ref: DependencyRef): string {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  const { line, column, endLine, endColumn } = ref.location;
  if (line === endLine) return (lines[line - 1] ?? '').slice(column - 1, endColumn - 1);
  const middle = lines.slice(line, endLine - 1);
  return [
    (lines[line - 1] ?? '').slice(column - 1),
    ...middle,
    (lines[endLine - 1] ?? '').slice(0, endColumn - 1),
  ].join('\n');
}
