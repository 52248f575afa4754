import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileStart, invalid, valid, type Checked, type ConfigError } from '../source/config-error.js';
import { locate } from '../source/yaml-source.js';
import { displayPath, readWorkspaceFile } from '../workspace.js';
import type { LoadedRule } from './types.js';
import { Catalogue, RULE_FILE } from './catalogue.js';
import { BUNDLED_RULES } from './generated/bundled-rules.js';

export interface CatalogueOptions {
  /** Workspace root, for local rules. */
  workspace?: string;
  /** Absolute path of the local rules folder; skipped when it does not exist and `required` is false. */
  localDir?: string;
  localDirRequired?: boolean;
  today: string;
}

/** Load the bundled rules and any local ones; a local rule with a bundled id replaces it. */
export async function loadCatalogue(options: CatalogueOptions): Promise<Checked<Catalogue>> {
  const errors: ConfigError[] = [];
  const rules = new Map<string, LoadedRule>();
  // Bundled rules come prevalidated from the build (scripts/generate.mjs); the catalogue tests
  // validate every rules/vendors file and check the generated data matches it.
  for (const { file, rule } of BUNDLED_RULES) rules.set(rule.id, { rule, origin: 'bundled', file });
  const { workspace, localDir } = options;
  if (workspace && localDir) {
    const stats = statSync(localDir, { throwIfNoEntry: false });
    if (stats && !stats.isDirectory()) {
      errors.push({
        message: 'the rules path is not a folder',
        location: fileStart(displayPath(workspace, localDir)),
      });
    }
    const files = stats?.isDirectory() ? ruleFiles(localDir) : [];
    // Validating a rule needs the largest generated validator: load it only when there are local rules.
    const { loadRule } = files.length > 0 ? await import('./load-rule.js') : { loadRule: undefined };
    if (loadRule) {
      for (const name of files) {
        const absolute = join(localDir, name);
        const shown = displayPath(workspace, absolute);
        const text = readWorkspaceFile(workspace, absolute);
        const checked = text.ok ? loadRule(shown, text.value, 'local', options.today) : text;
        if (!checked.ok) {
          errors.push(...checked.errors); // report every bad rule file, not just the first
          continue;
        }
        const loaded = checked.value;
        const bundled = rules.get(loaded.rule.id);
        if (bundled?.origin === 'local') {
          errors.push({
            message: `vendor '${loaded.rule.id}' is also defined in ${bundled.file}`,
            location: locate(loaded.source!, ['id']),
          });
          continue;
        }
        if (bundled) loaded.replaces = bundled.file;
        rules.set(loaded.rule.id, loaded);
      }
    } else if (options.localDirRequired && !stats) {
      errors.push({
        message: 'the rules folder does not exist',
        location: fileStart(displayPath(workspace, localDir)),
      });
    }
  }
  return errors.length > 0 ? invalid(errors) : valid(new Catalogue([...rules.values()]));
}

function ruleFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => RULE_FILE.test(name))
    .sort();
}
