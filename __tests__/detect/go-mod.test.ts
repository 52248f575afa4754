import { describe, expect, it } from '@jest/globals';
import { parseGoMod } from '../../src/detect/parsers/go-mod.js';
import { at, located, textAt } from './helpers.js';

describe('parseGoMod', () => {
  it('reads require lines and blocks, marking indirect requirements', () => {
    const text = `module example.com/portal // require example.com/not-a-dependency v1

go 1.23

require github.com/clerk/clerk-sdk-go/v2 v2.3.0

require (
\tgithub.com/stripe/stripe-go/v81 v81.0.0
\tgolang.org/x/sync v0.8.0 // indirect
\t// github.com/commented/out v1.0.0
\t"github.com/quoted/module" v1.0.0

)

replace (
\tgithub.com/stripe/stripe-go/v81 => ../stripe-fork
)

exclude github.com/getsentry/sentry-go v0.1.0
require(
    github.com/getsentry/sentry-go v0.29.0
)
require \`github.com/raw/quoted\` v1.0.0 // indirect; needed by tests
`;
    const refs = parseGoMod('go.mod', text);
    expect(located(refs)).toEqual([
      at('github.com/clerk/clerk-sdk-go/v2', 5, 9, 'require'),
      at('github.com/stripe/stripe-go/v81', 8, 2, 'require'),
      at('golang.org/x/sync', 9, 2, 'require (indirect)'),
      at('github.com/quoted/module', 11, 3, 'require'),
      at('github.com/getsentry/sentry-go', 21, 5, 'require'),
      at('github.com/raw/quoted', 23, 10, 'require (indirect)'),
    ]);
    for (const ref of refs) expect(textAt(text, ref)).toBe(ref.name);
  });

  it('handles CRLF line endings', () => {
    expect(located(parseGoMod('go.mod', 'module m\r\nrequire (\r\n\ta/b v1.0.0\r\n)\r\n'))).toEqual([
      at('a/b', 3, 2, 'require'),
    ]);
  });

  it.each([
    ['an empty file', ''],
    ['an unterminated block', 'require (\n'],
    ['a require without a path', 'require\n'],
    ['an unterminated quote', 'require "a/b v1\n'],
  ])('does not throw for %s', (_case, text) => {
    expect(parseGoMod('go.mod', text)).toEqual([]);
  });
});
