import { basename } from 'node:path';
import type { ValidateFunction } from 'ajv';
import { isRealDate } from '../dates.js';
import { invalid, valid, type Checked, type ConfigError } from '../source/config-error.js';
import { rule as validateRuleSchema } from '../source/generated/rule-validator.js';
import { validateSource } from '../source/schema-validation.js';
import { locate, parseYamlSource, type YamlSource } from '../source/yaml-source.js';
import { RULE_FILE } from './catalogue.js';
import type { Fact, LoadedRule, VendorRule } from './types.js';

/** Parse and check one rule file; every problem is a located config error. */
export function loadRule(
  file: string,
  text: string,
  origin: LoadedRule['origin'],
  today: string,
): Checked<LoadedRule> {
  const parsed = parseYamlSource(file, text);
  if (!parsed.source) return invalid(parsed.errors);
  const source = parsed.source;
  const schemaErrors = validateSource(source, validateRuleSchema as ValidateFunction);
  if (schemaErrors.length > 0) return invalid(schemaErrors);
  const rule = source.data as VendorRule;
  const errors = ruleInconsistencies(rule, source, file, today);
  return errors.length > 0 ? invalid(errors) : valid({ rule, origin, file, source });
}

/** What the schema cannot say: ids match file names, sources exist, plans exist, dates are real. */
function ruleInconsistencies(
  rule: VendorRule,
  source: YamlSource,
  file: string,
  today: string,
): ConfigError[] {
  const errors: ConfigError[] = [];
  const add = (message: string, path: (string | number)[]) =>
    errors.push({ message, location: locate(source, path) });
  const expectedId = basename(file).replace(RULE_FILE, '');
  if (rule.id !== expectedId)
    add(`rule id '${rule.id}' does not match its file name (${expectedId}.yml)`, ['id']);
  if (!isRealDate(rule.verified)) add(`verified: '${rule.verified}' is not a real date`, ['verified']);
  else if (rule.verified > today) add(`verified: ${rule.verified} is in the future`, ['verified']);
  rule.detect?.regions?.forEach((signal, index) => {
    if (!Object.hasOwn(rule.sources, signal.source))
      add(
        `region signal ${index + 1} cites source '${signal.source}', which is not in sources (${Object.keys(rule.sources).join(', ')})`,
        ['detect', 'regions', index, 'source'],
      );
  });
  for (const [key, fact] of Object.entries(rule.facts) as [string, Fact][]) {
    if (fact.source !== undefined && !Object.hasOwn(rule.sources, fact.source)) {
      add(
        `fact '${key}' cites source '${fact.source}', which is not in sources (${Object.keys(rule.sources).join(', ')})`,
        ['facts', key, 'source'],
      );
    } else if (fact.status === 'confirmed' && (rule.sources[fact.source!]?.kind ?? 'primary') !== 'primary') {
      add(
        `fact '${key}' is confirmed but cites a secondary source; what only secondary sources say is unclear`,
        ['facts', key, 'status'],
      );
    }
    for (const plan of plansNamedBy(key, fact.value)) {
      if (!rule.plans.includes(plan))
        add(`fact '${key}' names plan '${plan}', which is not in plans (${rule.plans.join(', ')})`, [
          'facts',
          key,
          'value',
        ]);
    }
  }
  return errors;
}

function plansNamedBy(key: string, value: unknown): string[] {
  const list = (plans: unknown): string[] => (Array.isArray(plans) ? plans.map(String) : []);
  if (key === 'dpa.plans' || key === 'baa.plans') return list(value);
  if (key === 'hosting.region-options' && Array.isArray(value))
    return value.flatMap((o: { plans: unknown }) => list(o.plans));
  if (key === 'features' && value && typeof value === 'object') return Object.values(value).flatMap(list);
  return [];
}
