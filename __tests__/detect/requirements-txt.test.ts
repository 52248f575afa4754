import { describe, expect, it } from '@jest/globals';
import { parseRequirementsTxt } from '../../src/detect/parsers/requirements-txt.js';
import { at, located, textAt } from './helpers.js';

describe('parseRequirementsTxt', () => {
  it.each([
    ['a bare name', 'requests', [at('requests', 1, 1)]],
    ['a pinned name', 'clerk-backend-api==1.2.0', [at('clerk-backend-api', 1, 1)]],
    ['extras and a range', 'Flask[async] >= 3.0, < 4', [at('Flask', 1, 1)]],
    ['a marker', 'pywin32 ; sys_platform == "win32"', [at('pywin32', 1, 1)]],
    ['a direct reference', 'clerk_backend_api @ https://example.com/c.whl', [at('clerk_backend_api', 1, 1)]],
    ['leading spaces', '   stripe~=11.0', [at('stripe', 1, 4)]],
    ['an inline comment', 'stripe  # payments', [at('stripe', 1, 1)]],
    ['a per-requirement hash option', 'stripe==11 --hash=sha256:abc', [at('stripe', 1, 1)]],
    ['a comment', '# clerk-backend-api', []],
    ['an indented comment', '   # stripe', []],
    ['-r', '-r requirements-base.txt', []],
    ['-c', '--constraint constraints.txt', []],
    ['-e with an egg', '-e git+https://github.com/clerk/clerk-sdk-python.git#egg=clerk-backend-api', []],
    ['an index option', '--index-url https://pypi.example.com/simple', []],
    ['a bare URL', 'https://example.com/pkgs/stripe-11.0.tar.gz', []],
    ['a VCS URL', 'git+https://github.com/stripe/stripe-python.git', []],
    ['a relative path', './packages/internal', []],
    ['a wheel file', 'stripe-11.0-py3-none-any.whl', []],
    ['a source archive', 'stripe-11.0.tar.gz', []],
    ['an absolute path', '/opt/wheels/stripe.whl', []],
    ['a blank line', '   ', []],
    ['not a requirement', 'stripe 11', []],
  ])('%s', (_case, text, expected) => {
    expect(located(parseRequirementsTxt('requirements.txt', text))).toEqual(expected);
  });

  it('finds names on the right line in a realistic file', () => {
    const text = [
      '# Production dependencies',
      '-r base.txt',
      '--extra-index-url https://pypi.example.com/simple',
      '',
      'clerk-backend-api==1.4.0 \\',
      '    --hash=sha256:0123456789abcdef \\',
      '    --hash=sha256:fedcba9876543210',
      'sentry-sdk[flask]>=2.0  # errors',
      '\tboto3',
      'django>=5 \\',
      '    ; python_version >= "3.10"',
    ].join('\r\n');
    const refs = parseRequirementsTxt('requirements/prod.txt', text);
    expect(located(refs)).toEqual([
      at('clerk-backend-api', 5, 1),
      at('sentry-sdk', 8, 1),
      at('boto3', 9, 2),
      at('django', 10, 1),
    ]);
    for (const ref of refs) {
      expect(ref).toMatchObject({ ecosystem: 'pypi', location: { file: 'requirements/prod.txt' } });
      expect(ref.section).toBeUndefined();
      expect(textAt(text.replaceAll('\r', ''), ref)).toBe(ref.name);
    }
  });

  it('reads a name that follows a continued empty line on the next line', () => {
    expect(located(parseRequirementsTxt('requirements.txt', '\\\n  stripe'))).toEqual([at('stripe', 2, 3)]);
  });

  it('does not treat the line after a comment ending in a backslash as continued', () => {
    expect(located(parseRequirementsTxt('requirements.txt', '# note \\\nstripe'))).toEqual([
      at('stripe', 2, 1),
    ]);
  });
});
