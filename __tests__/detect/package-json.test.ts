import { describe, expect, it } from '@jest/globals';
import { parsePackageJson } from '../../src/detect/parsers/package-json.js';
import { at, located, textAt } from './helpers.js';

const MANIFEST = `{
  "name": "web",
  "dependencies": {
    "@clerk/nextjs": "^6.0.0",
    "next": "15.0.0"
  },
  "devDependencies": { "jest": "^30.0.0" },
  "peerDependencies": {
\t"react": ">=18"
  },
  "optionalDependencies": {
    "fsevents": "*"
  },
  "bundleDependencies": ["left-pad"],
  "bundledDependencies": [
    "right-pad"
  ],
  "scripts": { "@clerk/not-a-dependency": "echo" }
}
`;

describe('parsePackageJson', () => {
  it('reports every dependency section at the name as written', () => {
    expect(located(parsePackageJson('apps/web/package.json', MANIFEST))).toEqual([
      at('@clerk/nextjs', 4, 6, 'dependencies'),
      at('next', 5, 6, 'dependencies'),
      at('jest', 7, 25, 'devDependencies'),
      at('react', 9, 3, 'peerDependencies'),
      at('fsevents', 12, 6, 'optionalDependencies'),
      at('left-pad', 14, 27, 'bundleDependencies'),
      at('right-pad', 16, 6, 'bundledDependencies'),
    ]);
  });

  it('reports the file it was given and spans exactly the name', () => {
    const refs = parsePackageJson('apps/web/package.json', MANIFEST);
    for (const ref of refs) {
      expect(ref.ecosystem).toBe('npm');
      expect(ref.location.file).toBe('apps/web/package.json');
      expect(textAt(MANIFEST, ref)).toBe(ref.name);
    }
  });

  it.each([
    ['empty text', ''],
    ['truncated', '{"dependencies": {"@clerk/nextjs": "^6"'],
    ['trailing comma', '{"dependencies": {"@clerk/nextjs": "^6",}}'],
    ['comments', '{\n  // auth\n  "dependencies": {"@clerk/nextjs": "^6"}\n}'],
    ['single quotes', "{'dependencies': {}}"],
    ['a top-level array', '[{"dependencies": {"a": "1"}}]'],
    ['junk after the object', '{"dependencies": {"a": "1"}} x'],
    ['deep nesting', '['.repeat(100_000)],
    ['a raw newline in a string', '{"dependencies": {"a\nb": "1"}}'],
  ])('returns nothing, without throwing, for %s', (_case, text) => {
    expect(parsePackageJson('package.json', text)).toEqual([]);
  });

  it('ignores sections of the wrong shape', () => {
    const text = '{"dependencies": ["a"], "devDependencies": "b", "bundleDependencies": true}';
    expect(parsePackageJson('package.json', text)).toEqual([]);
  });

  it('counts columns after a byte-order mark as an editor shows them', () => {
    const refs = parsePackageJson('package.json', '\uFEFF{"dependencies": {"stripe": "1"}}');
    expect(located(refs)).toEqual([at('stripe', 1, 20, 'dependencies')]);
  });

  it('decodes escaped names and points at them as written', () => {
    const refs = parsePackageJson('package.json', '{"dependencies": {"\\u0040clerk/clerk-js": "5"}}');
    expect(located(refs)).toEqual([
      { name: '@clerk/clerk-js', line: 1, column: 20, endLine: 1, endColumn: 40, section: 'dependencies' },
    ]);
  });

  it('handles CRLF line endings', () => {
    const refs = parsePackageJson(
      'package.json',
      '{\r\n  "dependencies": {\r\n    "stripe": "1"\r\n  }\r\n}\r\n',
    );
    expect(located(refs)).toEqual([at('stripe', 3, 6, 'dependencies')]);
  });
});
