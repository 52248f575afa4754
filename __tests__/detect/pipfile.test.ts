import { describe, expect, it } from '@jest/globals';
import { parsePipfile } from '../../src/detect/parsers/pipfile.js';
import { at, located } from './helpers.js';

describe('parsePipfile', () => {
  it('reads packages and dev-packages', () => {
    const text = `[[source]]
url = "https://pypi.org/simple"
name = "pypi"

[packages]
clerk-backend-api = "*"
"sentry-sdk" = {version = "*", extras = ["django"]}

[dev-packages]
pytest = "*"

[requires]
python_version = "3.12"
`;
    expect(located(parsePipfile('Pipfile', text))).toEqual([
      at('clerk-backend-api', 6, 1, 'packages'),
      at('sentry-sdk', 7, 2, 'packages'),
      at('pytest', 10, 1, 'dev-packages'),
    ]);
  });

  it('returns nothing for malformed TOML', () => {
    expect(parsePipfile('Pipfile', '[packages]\nstripe = ')).toEqual([]);
  });
});
