import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readJsonSections } from '../../src/detect/json-tree.js';

describe('readJsonSections', () => {
  it('accepts exactly the objects JSON.parse accepts (jsonc-parser in strict mode)', () => {
    const piece = fc.constantFrom(
      ...['{', '}', '[', ']', '"', '\\', ':', ',', ' ', '\n', '\r', '\t', '1', '-', '0', '.', 'e', '+'],
      ...['true', 'null', 'a', 'u', '\u0001', '\\u00', '//', '/*', '*/', "'", '\u00a0', '\ufeff', 'NaN'],
      ...['{"a":', '"a"', '{"a": {"b": 1}}'],
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const text = pieces.join('');
        let object = false;
        try {
          const data: unknown = JSON.parse(text.replace(/^\ufeff/, ''));
          object = typeof data === 'object' && data !== null && !Array.isArray(data);
        } catch {
          object = false;
        }
        expect(readJsonSections('f.json', text, ['a']) !== undefined).toBe(object);
      }),
      { numRuns: 5000 },
    );
  });

  it('reads the last of a section written twice, as JSON.parse does', () => {
    const sections = readJsonSections('f.json', '{"a": {"x": 1}, "b": 2, "a": ["y", 3, "z"]}', ['a']);
    expect(sections?.get('a')).toEqual({
      kind: 'array',
      names: [
        { value: 'y', location: { file: 'f.json', line: 1, column: 32, endLine: 1, endColumn: 33 } },
        { value: 'z', location: { file: 'f.json', line: 1, column: 40, endLine: 1, endColumn: 41 } },
      ],
    });
  });
});
