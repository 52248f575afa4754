import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isRealDate } from '../dates.js';
import { packageRoot } from '../package-root.js';
import { ConfigErrors, fileStart, type ConfigError } from '../source/config-error.js';
import { validateSource } from '../source/schema-validation.js';
import { locate, parseYamlSource, type YamlSource } from '../source/yaml-source.js';
import { displayPath, readWorkspaceFile } from '../workspace.js';
import type { Fact, LoadedRule, VendorRule } from './types.js';
import { Catalogue } from './catalogue.js';

const RULE_FILE = /\.ya?ml$/;

export interface CatalogueOptions {
  /** Workspace root, for local rules. */
  workspace?: string;
  /** Absolute path of the local rules folder; skipped when it does not exist and `required` is false. */
  localDir?: string;
  localDirRequired?: boolean;
  today: string;
}

/** Load the bundled rules and any local ones; a local rule with a bundled id replaces it. */
export function loadCatalogue(options: CatalogueOptions): Catalogue {
  const errors: ConfigError[] = [];
  const rules = new Map<string, LoadedRule>();
  const bundledDir = join(packageRoot(), 'rules', 'vendors');
  for (const name of ruleFiles(bundledDir)) {
    const loaded = loadRule(
      `rules/vendors/${name}`,
      readFileSync(join(bundledDir, name), 'utf8'),
      'bundled',
      options.today,
      errors,
    );
    if (loaded) rules.set(loaded.rule.id, loaded);
  }
  const { workspace, localDir } = options;
  if (workspace && localDir) {
    if (existsSync(localDir)) {
      for (const name of ruleFiles(localDir)) {
        const absolute = join(localDir, name);
        const shown = displayPath(workspace, absolute);
        const loaded = loadRule(
          shown,
          readWorkspaceFile(workspace, absolute),
          'local',
          options.today,
          errors,
        );
        if (!loaded) continue;
        const bundled = rules.get(loaded.rule.id);
        if (bundled?.origin === 'local') {
          errors.push({
            message: `vendor '${loaded.rule.id}' is also defined in ${bundled.file}`,
            location: locate(loaded.source, ['id']),
          });
          continue;
        }
        if (bundled) loaded.replaces = bundled.file;
        rules.set(loaded.rule.id, loaded);
      }
    } else if (options.localDirRequired) {
      errors.push({
        message: 'the rules folder does not exist',
        location: fileStart(displayPath(workspace, localDir)),
      });
    }
  }
  if (errors.length > 0) throw new ConfigErrors(errors);
  return new Catalogue([...rules.values()]);
}

function ruleFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => RULE_FILE.test(name))
    .sort();
}

/** Parse and check one rule file; problems are pushed onto `errors` with their locations. */
export function loadRule(
  file: string,
  text: string,
  origin: LoadedRule['origin'],
  today: string,
  errors: ConfigError[],
): LoadedRule | undefined {
  const parsed = parseYamlSource(file, text);
  if (!parsed.source) {
    errors.push(...parsed.errors);
    return undefined;
  }
  const source = parsed.source;
  const schemaErrors = validateSource(source, 'vendor-rule');
  if (schemaErrors.length > 0) {
    errors.push(...schemaErrors);
    return undefined;
  }
  const rule = source.data as VendorRule;
  const before = errors.length;
  checkRuleConsistency(rule, source, file, today, errors);
  return errors.length === before ? { rule, origin, file, source } : undefined;
}

/** What the schema cannot say: ids match file names, sources exist, plans exist, dates are real. */
function checkRuleConsistency(
  rule: VendorRule,
  source: YamlSource,
  file: string,
  today: string,
  errors: ConfigError[],
): void {
  const add = (message: string, path: (string | number)[]) =>
    errors.push({ message, location: locate(source, path) });
  const expectedId = basename(file).replace(RULE_FILE, '');
  if (rule.id !== expectedId)
    add(`rule id '${rule.id}' does not match its file name (${expectedId}.yml)`, ['id']);
  if (!isRealDate(rule.verified)) add(`verified: '${rule.verified}' is not a real date`, ['verified']);
  else if (rule.verified > today) add(`verified: ${rule.verified} is in the future`, ['verified']);
  for (const [key, fact] of Object.entries(rule.facts) as [string, Fact][]) {
    if (fact.source !== undefined && !rule.sources[fact.source]) {
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
}

function plansNamedBy(key: string, value: unknown): string[] {
  const list = (plans: unknown): string[] => (Array.isArray(plans) ? plans.map(String) : []);
  if (key === 'dpa.plans' || key === 'baa.plans') return list(value);
  if (key === 'hosting.region-options' && Array.isArray(value))
    return value.flatMap((o: { plans: unknown }) => list(o.plans));
  if (key === 'features' && value && typeof value === 'object') return Object.values(value).flatMap(list);
  return [];
}

export type { VendorRule };
