import type { ErrorObject, ValidateFunction } from 'ajv';
import type { FactKey } from '../vocabulary.js';
import type { ConfigError } from './config-error.js';
import { didYouMean } from './did-you-mean.js';
import * as generated from './generated/validators.js';
import { locate, type YamlPath, type YamlSource } from './yaml-source.js';

/**
 * Validators compiled from schemas/ at build time (scripts/generate.mjs): no schema is compiled
 * at run time. They were generated with `allErrors` and `verbose`, so errors carry their parent
 * schema, which we mine for "did you mean" candidates. (The rule validator lives in its own
 * generated module, loaded only when there are local rules.)
 */
export const validateManifestSchema = generated.manifest as ValidateFunction;
export const validatePolicySchema = generated.policy as ValidateFunction;

/** Validate a parsed file against a schema; every error is located at the offending key or value. */
export function validateSource(source: YamlSource, validate: ValidateFunction): ConfigError[] {
  // Validation with allErrors slows to a crawl on tens of thousands of broken entries; no real
  // manifest or rule comes near this many, so refuse such a list before validating it.
  const oversized = findOversized(source.data, []);
  if (oversized) {
    return [
      {
        message: `${describePath(oversized)} has more than ${MAX_ENTRIES} entries; refusing to validate it`,
        location: locate(source, oversized),
      },
    ];
  }
  if (validate(source.data)) return [];
  return describeSchemaErrors(validate.errors ?? [], source);
}

/** Validate an assurance's value against the vocabulary of the fact it stands in for. */
export function validateFactValue(
  source: YamlSource,
  path: YamlPath,
  fact: FactKey,
  value: unknown,
): ConfigError[] {
  const validate = (generated.factValue as Record<string, ValidateFunction>)[fact];
  if (!validate) throw new Error(`no validator for fact ${fact}`);
  if (validate(value)) return [];
  return describeSchemaErrors(validate.errors ?? [], source, path);
}

const MAX_SCHEMA_ERRORS = 100;
const MAX_ENTRIES = 1000;

function findOversized(data: unknown, path: (string | number)[]): (string | number)[] | undefined {
  if (data === null || typeof data !== 'object') return undefined;
  const entries: [string | number, unknown][] = Array.isArray(data)
    ? data.map((v, i) => [i, v])
    : Object.entries(data);
  if (entries.length > MAX_ENTRIES) return path;
  for (const [key, value] of entries) {
    const found = findOversized(value, [...path, key]);
    if (found) return found;
  }
  return undefined;
}

/** Combinators only say "some branch failed"; their branches' own errors are more useful. */
const COMBINATOR_KEYWORDS = new Set(['oneOf', 'anyOf', 'allOf', 'if', 'then', 'else', '$ref']);

function describeSchemaErrors(
  errors: ErrorObject[],
  source: YamlSource,
  basePath: YamlPath = [],
): ConfigError[] {
  // A huge broken file yields one error per entry; the first hundred say enough, and the steps
  // below compare error paths pairwise.
  const first = errors.slice(0, MAX_SCHEMA_ERRORS);
  const specific = dropExplainedRequired(first.filter((e) => !COMBINATOR_KEYWORDS.has(e.keyword)));
  const chosen = preferDeepest(specific.length > 0 ? specific : first);
  const seen = new Set<string>();
  const result: ConfigError[] = [];
  for (const error of chosen) {
    const path = [...basePath, ...pointerToPath(error.instancePath)];
    const described = describe(error, path);
    const location = locate(source, described.path, described.part);
    const key = `${location.line}:${location.column}:${described.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push({ message: described.message, location });
  }
  return result.sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column);
}

/** `regoins:` is both an unknown key and a missing `regions:`; "did you mean" says it all. */
function dropExplainedRequired(errors: ErrorObject[]): ErrorObject[] {
  const misspelt = errors.filter((e) => e.keyword === 'additionalProperties');
  return errors.filter((e) => {
    if (e.keyword !== 'required') return true;
    const missing = (e.params as { missingProperty: string }).missingProperty;
    return !misspelt.some(
      (m) =>
        m.instancePath === e.instancePath &&
        didYouMean((m.params as { additionalProperty: string }).additionalProperty, [missing]) === missing,
    );
  });
}

/**
 * For a value that fails both branches of a oneOf (`plans: all` or a list), ajv reports both
 * branches; keep only errors at the deepest path for each value, and at one path one enum/type
 * message rather than both.
 */
function preferDeepest(errors: ErrorObject[]): ErrorObject[] {
  const byPath = new Map<string, ErrorObject[]>();
  for (const e of errors) byPath.set(e.instancePath, [...(byPath.get(e.instancePath) ?? []), e]);
  const result: ErrorObject[] = [];
  for (const [path, group] of byPath) {
    const hasDeeper = [...byPath.keys()].some((other) => other !== path && other.startsWith(`${path}/`));
    if (
      hasDeeper &&
      group.every((e) => e.keyword === 'type' || e.keyword === 'enum' || e.keyword === 'const')
    )
      continue;
    const structural = group.filter((e) => e.keyword === 'additionalProperties' || e.keyword === 'required');
    result.push(...(structural.length > 0 ? structural : group.slice(0, 1)));
  }
  return result;
}

function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function describePath(path: YamlPath): string {
  if (path.length === 0) return 'the top level';
  return path.reduce<string>(
    (acc, seg) => (typeof seg === 'number' ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg),
    '',
  );
}

function show(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  try {
    const json = JSON.stringify(value);
    return json === undefined ? String(value) : json.length > 80 ? `${json.slice(0, 77)}...` : json;
  } catch {
    return describeType(value); // circular or otherwise unprintable
  }
}

interface Described {
  message: string;
  path: YamlPath;
  part: 'key' | 'value';
}

function describe(error: ErrorObject, path: YamlPath): Described {
  const where = describePath(path);
  const parentSchema = error.parentSchema as
    { properties?: Record<string, unknown>; description?: string } | undefined;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      const known = Object.keys(parentSchema?.properties ?? {});
      const hint = didYouMean(key, known);
      const allowed = known.length > 0 ? ` Allowed keys: ${known.join(', ')}.` : '';
      return {
        message: `unknown key '${key}' in ${where}.${hint ? ` Did you mean '${hint}'?` : allowed}`,
        path: [...path, key],
        part: 'key',
      };
    }
    case 'required': {
      const missing = String((error.params as { missingProperty: string }).missingProperty);
      return {
        message: `${where} is missing the required key '${missing}'`,
        path,
        part: path.length ? 'key' : 'value',
      };
    }
    case 'enum':
    case 'const': {
      const allowed = (
        error.keyword === 'enum'
          ? (error.params as { allowedValues: unknown[] }).allowedValues
          : [(error.params as { allowedValue: unknown }).allowedValue]
      ) as unknown[];
      const hint = typeof error.data === 'string' ? didYouMean(error.data, allowed.map(String)) : undefined;
      return {
        message:
          `${show(error.data)} is not allowed for ${where}.` +
          (hint ? ` Did you mean '${hint}'?` : '') +
          ` Allowed: ${allowed.map(String).join(', ')}.`,
        path,
        part: 'value',
      };
    }
    case 'type':
      return {
        message: `${where} must be ${article((error.params as { type: string }).type)}, not ${describeType(error.data)}`,
        path,
        part: 'value',
      };
    case 'pattern':
      return {
        message: `${show(error.data)} is not valid for ${where}${parentSchema?.description ? ` (${parentSchema.description})` : ''}`,
        path,
        part: 'value',
      };
    case 'maximum':
    case 'minimum':
      return {
        message: `${where} must be ${error.keyword === 'maximum' ? 'at most' : 'at least'} ${String((error.params as { limit: number }).limit)}, not ${show(error.data)}`,
        path,
        part: 'value',
      };
    case 'uniqueItems':
      return { message: `${where} lists the same entry twice`, path, part: 'value' };
    default:
      return { message: `${where} ${error.message ?? 'is invalid'}`, path, part: 'value' };
  }
}

function article(type: string): string {
  const names: Record<string, string> = {
    array: 'a list',
    object: 'a mapping',
    string: 'a string',
    integer: 'a whole number',
    number: 'a number',
    boolean: 'true or false',
  };
  return type
    .split(',')
    .map((t) => names[t] ?? t)
    .join(' or ');
}

function describeType(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${show(value)}`;
}
