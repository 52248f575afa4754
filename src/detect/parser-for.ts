import { parseCargoToml } from './parsers/cargo.js';
import { parseComposerJson } from './parsers/composer-json.js';
import { parseEnvExample } from './parsers/env-example.js';
import { parseGemfile } from './parsers/gemfile.js';
import { parseGoMod } from './parsers/go-mod.js';
import { parsePackageJson } from './parsers/package-json.js';
import { parsePipfile } from './parsers/pipfile.js';
import { parsePyproject } from './parsers/pyproject.js';
import { parseRequirementsTxt } from './parsers/requirements-txt.js';
import type { DependencyRef } from './types.js';

/** Reads one dependency file: `file` is the repo-relative path to report, `text` its contents. Never throws. */
export type DependencyParser = (file: string, text: string) => DependencyRef[];

/** Files recognised by their exact base name. */
const PARSERS_BY_NAME: Record<string, DependencyParser> = {
  'package.json': parsePackageJson,
  'composer.json': parseComposerJson,
  'pyproject.toml': parsePyproject,
  Pipfile: parsePipfile,
  'go.mod': parseGoMod,
  Gemfile: parseGemfile,
  'gems.rb': parseGemfile, // Bundler's alternative name for a Gemfile
  'Cargo.toml': parseCargoToml,
};

/** `requirements.txt`, `requirements-dev.txt`, `requirements_test.in` (pip-tools input). */
const REQUIREMENTS_FILE = /^requirements.*\.(?:txt|in)$/i;
/** Any `.txt` or `.in` file in a `requirements/` folder. */
const REQUIREMENTS_FOLDER_FILE = /\.(?:txt|in)$/i;
/**
 * Env templates, never real env files: `.env.example`, `.env.local.sample`,
 * `env.template`, `backend.env.example`, `example.env`, `.env.dist`.
 */
const ENV_EXAMPLE = [
  /^(?:[\w-]+\.|\.)?env(?:\.[\w-]+)*\.(?:example|sample|template|tpl|dist)$/i,
  /^\.?(?:example|sample|template)(?:\.[\w-]+)*\.env$/i,
];

/** The parser for a repo-relative (or any `/`-separated) path, by its file name. */
export function parserFor(path: string): DependencyParser | undefined {
  const segments = path.split(/[\\/]/);
  const name = segments[segments.length - 1] ?? '';
  const folder = segments[segments.length - 2];
  const byName = Object.hasOwn(PARSERS_BY_NAME, name) ? PARSERS_BY_NAME[name] : undefined;
  if (byName) return byName;
  if (REQUIREMENTS_FILE.test(name)) return parseRequirementsTxt;
  if (folder?.toLowerCase() === 'requirements' && REQUIREMENTS_FOLDER_FILE.test(name))
    return parseRequirementsTxt;
  if (ENV_EXAMPLE.some((pattern) => pattern.test(name))) return parseEnvExample;
  return undefined;
}

export function isDependencyFile(path: string): boolean {
  return parserFor(path) !== undefined;
}
