import { compareStrings } from '../compare.js';
import type { Location } from '../source/location.js';

/** Start (inclusive) and end (exclusive) offsets into a file's text. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Turns string offsets into 1-based line/column locations. Columns count UTF-16
 * code units, as SARIF's default and `yaml`'s LineCounter do; the end column is
 * that of the character after the span, as in `yaml`'s linePos and SARIF regions.
 */
export class LineIndex {
  /** Offset at which each line starts; line n (1-based) starts at lineStarts[n - 1]. */
  private readonly lineStarts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    }
  }

  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    // Binary search for the last line starting at or before offset.
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (this.lineStarts[low] ?? 0) + 1 };
  }

  location(file: string, span: Span): Location {
    const start = this.position(span.start);
    const end = this.position(span.end);
    return { file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  }
}

/** A byte-order mark is invisible in editors, so positions are counted without it. */
export function stripByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Orders refs as they stand in their file, so every parser reports in reading order. */
export function byPosition<T extends { location: Location }>(refs: T[]): T[] {
  return refs.sort(
    (a, b) =>
      compareStrings(a.location.file, b.location.file) ||
      a.location.line - b.location.line ||
      a.location.column - b.location.column,
  );
}
