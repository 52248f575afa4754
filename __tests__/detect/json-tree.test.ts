import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parseJsonTree } from '../../src/detect/json-tree.js';

describe('parseJsonTree', () => {
  it('accepts exactly what JSON.parse accepts (jsonc-parser in strict mode)', () => {
    const piece = fc.constantFrom(
      ...['{', '}', '[', ']', '"', '\\', ':', ',', ' ', '\n', '\r', '\t', '1', '-', '0', '.', 'e', '+'],
      ...['true', 'null', 'a', 'u', '\u0001', '\\u00', '//', '/*', '*/', "'", '\u00a0', '\ufeff', 'NaN'],
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const text = pieces.join('');
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(parseJsonTree(text) !== undefined).toBe(valid);
      }),
      { numRuns: 5000 },
    );
  });
});
