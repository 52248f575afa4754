import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parserFor } from '../../src/detect/parser-for.js';

/**
 * Every dependency file comes from the pull request, so no parser may take more than linear time on
 * it (issue 11: a 12 KB Gemfile line kept the action busy for minutes). Each case is one line of
 * 1 MiB: a prefix that steers the parser into a construct (a `gem` call, a `group` block, a
 * requirement, an assignment, a TOML array, ...) followed by a short unit repeated, the shape that
 * makes backtracking patterns blow up. A linear parser reads a 1 MiB line in tens of milliseconds
 * (measured: under 20 ms a case on a loaded 2-core machine); the bound is 20× that and more, so it
 * only fails on super-linear work — the old Gemfile group pattern needed minutes for 12 KB.
 */
const MiB = 1024 * 1024;
const CASE_BOUND_MS = 5_000;

const FILES = [
  'package.json',
  'composer.json',
  'pyproject.toml',
  'Pipfile',
  'Cargo.toml',
  'go.mod',
  'Gemfile',
  'requirements.txt',
  '.env.example',
];

/** Openings that put a parser in the middle of something it matches with care. */
const PREFIXES = [
  '',
  'gem "a", ',
  'gem ',
  'group ',
  'group :a, ',
  '  gem "x", :group => ',
  'require ',
  'require (',
  'export ',
  'KEY',
  '# ',
  'a',
  'a[',
  'dependencies = ["',
  '[dependencies]\na = ',
  '{"dependencies": {"',
  '{"dependencies": ',
  'x = """',
];

/** Units whose repetition defeats backtracking patterns: blanks, quotes, brackets, keywords, separators. */
const UNITS = [
  ' ',
  '\t',
  'a',
  ' a',
  ':a',
  'do',
  ' do',
  'do |',
  '|',
  '(',
  ')',
  '"',
  "'",
  '[',
  ']',
  '{',
  '}',
  ',',
  '=',
  '=>',
  '#',
  ' #',
  '-',
  '.',
  'a.',
  'group: [',
  'group: ',
  ':group',
  'groups',
  '//',
  '\\',
  '"a": ',
  '["a", ',
  'gem "a"',
  'export ',
  'a = ',
];

const adversarialLine = fc
  .tuple(fc.constantFrom(...PREFIXES), fc.array(fc.constantFrom(...UNITS), { minLength: 1, maxLength: 3 }))
  .map(([prefix, parts]) => {
    const unit = parts.join('');
    return prefix + unit.repeat(Math.ceil((MiB - prefix.length) / unit.length));
  });

describe.each(FILES)('the %s parser on adversarial 1 MiB lines', (file) => {
  const parse = parserFor(file)!;

  it(`reads each within ${CASE_BOUND_MS} ms (linear time), and never throws`, () => {
    let slowest = 0;
    fc.assert(
      fc.property(adversarialLine, fc.constantFrom('', '\n', 'gem "z"\n'), (line, tail) => {
        const started = performance.now();
        parse(file, line + tail);
        const ms = performance.now() - started;
        slowest = Math.max(slowest, ms);
        expect(ms).toBeLessThan(CASE_BOUND_MS);
      }),
      { numRuns: 40 },
    );
    expect(slowest).toBeLessThan(CASE_BOUND_MS);
  }, 120_000);
});

describe('the lines that were super-linear before issue 11', () => {
  const cases: [string, string][] = [
    ['Gemfile', `group ${' '.repeat(MiB)}x`], // GROUP_BLOCK: cubic (2 KB took 1.1 s, 4 KB 7.6 s)
    ['Gemfile', `gem ${' '.repeat(MiB)}x`], // GEM: `\s*\(?\s*` quadratic (32 KB took 0.5 s)
    ['Gemfile', `gem "a", ${'group: ['.repeat(MiB / 8)}`], // GROUP_OPTION: quadratic
    ['requirements.txt', `a${' '.repeat(MiB)}x`], // the comment pattern: quadratic (32 KB took 0.9 s)
  ];
  it.each(cases)(
    '%s: %#',
    (file, text) => {
      const started = performance.now();
      parserFor(file)!(file, text);
      expect(performance.now() - started).toBeLessThan(CASE_BOUND_MS);
    },
    120_000,
  );
});
