import { describe, expect, it } from '@jest/globals';
import { isDependencyFile, parserFor } from '../../src/detect/parser-for.js';
import { parseCargoToml } from '../../src/detect/parsers/cargo.js';
import { parseComposerJson } from '../../src/detect/parsers/composer-json.js';
import { parseEnvExample } from '../../src/detect/parsers/env-example.js';
import { parseGemfile } from '../../src/detect/parsers/gemfile.js';
import { parseGoMod } from '../../src/detect/parsers/go-mod.js';
import { parsePackageJson } from '../../src/detect/parsers/package-json.js';
import { parsePipfile } from '../../src/detect/parsers/pipfile.js';
import { parsePyproject } from '../../src/detect/parsers/pyproject.js';
import { parseRequirementsTxt } from '../../src/detect/parsers/requirements-txt.js';

describe('parserFor', () => {
  it.each([
    ['package.json', parsePackageJson],
    ['apps/web/package.json', parsePackageJson],
    ['composer.json', parseComposerJson],
    ['pyproject.toml', parsePyproject],
    ['services/api/Pipfile', parsePipfile],
    ['go.mod', parseGoMod],
    ['Gemfile', parseGemfile],
    ['gems.rb', parseGemfile],
    ['Cargo.toml', parseCargoToml],
    ['requirements.txt', parseRequirementsTxt],
    ['requirements-dev.txt', parseRequirementsTxt],
    ['requirements_test.txt', parseRequirementsTxt],
    ['requirements.in', parseRequirementsTxt],
    ['requirements/base.txt', parseRequirementsTxt],
    ['backend/requirements/prod.in', parseRequirementsTxt],
    ['.env.example', parseEnvExample],
    ['.env.sample', parseEnvExample],
    ['.env.template', parseEnvExample],
    ['.env.dist', parseEnvExample],
    ['.env.local.example', parseEnvExample],
    ['.env.production.sample', parseEnvExample],
    ['env.example', parseEnvExample],
    ['backend.env.example', parseEnvExample],
    ['example.env', parseEnvExample],
    ['sample.env', parseEnvExample],
    ['apps/web/.env.example', parseEnvExample],
  ])('%s', (path, parser) => {
    expect(parserFor(path)).toBe(parser);
    expect(isDependencyFile(path)).toBe(true);
  });

  it.each([
    '.env',
    '.env.local',
    '.env.production',
    'production.env',
    '.envrc',
    'devenv.example',
    'package-lock.json',
    'package.json.bak',
    'Gemfile.lock',
    'go.sum',
    'Cargo.lock',
    'composer.lock',
    'poetry.lock',
    'Pipfile.lock',
    'README.md',
    'docs/requirements.md',
    'constraints.txt',
    'src/notes.txt',
  ])('%s is not a dependency file', (path) => {
    expect(parserFor(path)).toBeUndefined();
    expect(isDependencyFile(path)).toBe(false);
  });
});
