import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileStart, invalid, valid, type Checked, type ConfigError } from '../source/config-error.js';
import { locate } from '../source/yaml-source.js';
import { displayPath, readWorkspaceFile } from '../workspace.js';
import type { LoadedRule } from './types.js';
import { Catalogue, RULE_FILE } from './catalogue.js';
import { BUNDLED_RULES } from './generated/bundled-rules.js';

/**
 * Local rules come from the pull request: bound the work they can cause. The largest bundled rule
 * is 8 KB; a rules folder holds a few files. Past these caps the run stops with a located error
 * (300 files of 1 MB took 18.7 s, 2,000 bad rules printed 12,000 error lines: issue 11).
 */
export const MAX_LOCAL_RULE_FILES = 200;
export const MAX_LOCAL_RULE_BYTES = 256 * 1024;
export const MAX_LOCAL_RULES_TOTAL_BYTES = 4 * 1024 * 1024;
/** Stop reading further rule files once this many errors are known: the first ones say what is wrong. */
const MAX_RULE_ERRORS = 100;

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
    const folder = fileStart(displayPath(workspace, localDir));
    if (files.length > MAX_LOCAL_RULE_FILES) {
      return invalid([
        {
          message: `the rules folder holds ${files.length} rule files; at most ${MAX_LOCAL_RULE_FILES} are read`,
          location: folder,
        },
      ]);
    }
    const totalBytes = files.reduce(
      (sum, name) => sum + (statSync(join(localDir, name), { throwIfNoEntry: false })?.size ?? 0),
      0,
    );
    if (totalBytes > MAX_LOCAL_RULES_TOTAL_BYTES) {
      return invalid([
        {
          message: `the rule files hold ${totalBytes} bytes together, more than ${MAX_LOCAL_RULES_TOTAL_BYTES}; refusing to read them`,
          location: folder,
        },
      ]);
    }
    // Validating a rule needs the largest generated validator: load it only when there are local rules.
    const { loadRule } = files.length > 0 ? await import('./load-rule.js') : { loadRule: undefined };
    if (loadRule) {
      for (const name of files) {
        if (errors.length >= MAX_RULE_ERRORS) {
          errors.push({ message: 'more rule files not read: fix the errors above first', location: folder });
          break;
        }
        const absolute = join(localDir, name);
        const shown = displayPath(workspace, absolute);
        const text = readWorkspaceFile(workspace, absolute, MAX_LOCAL_RULE_BYTES);
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
