import { describe, expect, it } from '@jest/globals';
import { parsePyproject } from '../../src/detect/parsers/pyproject.js';
import { at, located, textAt } from './helpers.js';

describe('parsePyproject', () => {
  it('reads PEP 621 dependencies and optional dependencies', () => {
    const text = `[project]
name = "portal"
dependencies = [
  "clerk-backend-api>=1.0",  # auth
  'httpx[http2]',
  "Django ; python_version >= '3.10'",
]

[project.optional-dependencies]
payments = ["stripe>=11", "dependencies"]
"error tracking" = [
    "sentry-sdk",
]
`;
    const refs = parsePyproject('pyproject.toml', text);
    expect(located(refs)).toEqual([
      at('clerk-backend-api', 4, 4, 'project.dependencies'),
      at('httpx', 5, 4, 'project.dependencies'),
      at('Django', 6, 4, 'project.dependencies'),
      at('stripe', 10, 14, 'project.optional-dependencies.payments'),
      at('dependencies', 10, 28, 'project.optional-dependencies.payments'),
      at('sentry-sdk', 12, 6, "project.optional-dependencies.'error tracking'"),
    ]);
    for (const ref of refs) expect(textAt(text, ref)).toBe(ref.name);
  });

  it('reads PEP 735 dependency groups, skipping included groups', () => {
    const text = `[dependency-groups]
test = ["pytest>=8", "coverage"]
dev = [{ include-group = "test" }, "ruff"]
`;
    expect(located(parsePyproject('pyproject.toml', text))).toEqual([
      at('pytest', 2, 10, 'dependency-groups.test'),
      at('coverage', 2, 23, 'dependency-groups.test'),
      at('ruff', 3, 37, 'dependency-groups.dev'),
    ]);
  });

  it('reads Poetry dependency tables without python', () => {
    const text = `[tool.poetry]
name = "portal"

[tool.poetry.dependencies]
python = "^3.12"
clerk-backend-api = "^1.0"
"sentry-sdk" = { version = "^2", extras = ["flask"] }

[tool.poetry.dependencies.stripe]
version = "^11"
optional = true

[tool.poetry.dev-dependencies]
pytest = "^8"

[tool.poetry.group.lint.dependencies]
ruff = "*"

[tool.poetry.group.test]
optional = true
[tool.poetry.group.test.dependencies]
coverage = "*"
`;
    const refs = parsePyproject('pyproject.toml', text);
    expect(located(refs)).toEqual([
      at('clerk-backend-api', 6, 1, 'tool.poetry.dependencies'),
      at('sentry-sdk', 7, 2, 'tool.poetry.dependencies'),
      at('stripe', 9, 27, 'tool.poetry.dependencies'),
      at('pytest', 14, 1, 'tool.poetry.dev-dependencies'),
      at('ruff', 17, 1, 'tool.poetry.group.lint.dependencies'),
      at('coverage', 22, 1, 'tool.poetry.group.test.dependencies'),
    ]);
    for (const ref of refs) expect(textAt(text, ref)).toBe(ref.name);
  });

  it('reads Poetry dependencies written as dotted keys and inline tables', () => {
    const text = `[tool]
poetry.dependencies.python = "^3.12"
poetry.dependencies.stripe = "^11"
poetry.group = { dev = { dependencies = { pytest = "^8" } } }
`;
    expect(located(parsePyproject('pyproject.toml', text))).toEqual([
      at('stripe', 3, 21, 'tool.poetry.dependencies'),
      at('pytest', 4, 43, 'tool.poetry.group.dev.dependencies'),
    ]);
  });

  it('reads the PDM and uv dev-dependency lists', () => {
    const text = `[tool.pdm.dev-dependencies]
test = ["pytest"]

[tool.uv]
dev-dependencies = ["ruff"]
`;
    expect(located(parsePyproject('pyproject.toml', text))).toEqual([
      at('pytest', 2, 10, 'tool.pdm.dev-dependencies.test'),
      at('ruff', 5, 22, 'tool.uv.dev-dependencies'),
    ]);
  });

  it('does not confuse a name in a comment or another table with the dependency', () => {
    const text = `# stripe is optional
[tool.other]
list = ["stripe"]
[project]
# "stripe" below
dependencies = [ # "stripe" again
  # "stripe",
  "stripe",
]
`;
    expect(located(parsePyproject('pyproject.toml', text))).toEqual([
      at('stripe', 8, 4, 'project.dependencies'),
    ]);
  });

  it('handles multi-line, literal and escaped strings', () => {
    const text = [
      '[project]',
      'description = """A "quoted" ]',
      'dependencies = ["not-this"]"""',
      'dependencies = [\'\'\'stripe\'\'\', "\\u0063lerk-backend-api", "not\\"valid", "boto3"]',
    ].join('\n');
    const refs = parsePyproject('pyproject.toml', text);
    expect(located(refs)).toEqual([
      at('stripe', 4, 20, 'project.dependencies'),
      // Escaped before the name: the location falls back to the whole string.
      {
        name: 'clerk-backend-api',
        line: 4,
        column: 32,
        endLine: 4,
        endColumn: 54,
        section: 'project.dependencies',
      },
      // The escaped quote does not end the string early.
      at('boto3', 4, 72, 'project.dependencies'),
    ]);
  });

  it('reads project.dependencies after an array of tables', () => {
    const text = `[[tool.poetry.source]]
name = "internal"
url = "https://pypi.example.com"

[[tool.poetry.source]]
name = "dependencies"

[project]
dependencies = ["stripe"]
`;
    expect(located(parsePyproject('pyproject.toml', text))).toEqual([
      at('stripe', 9, 18, 'project.dependencies'),
    ]);
  });

  it.each([
    ['broken TOML', '[project\ndependencies = ["stripe"]'],
    ['a duplicate key', '[project]\ndependencies = ["a"]\ndependencies = ["b"]'],
    ['dependencies of the wrong type', '[project]\ndependencies = "stripe"'],
    ['no dependencies', '[build-system]\nrequires = ["setuptools"]'],
  ])('returns nothing, without throwing, for %s', (_case, text) => {
    expect(parsePyproject('pyproject.toml', text)).toEqual([]);
  });
});
