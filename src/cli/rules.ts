import { lstatSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { RULE_FILE } from '../catalogue/catalogue.js';
import { BUNDLED_RULES } from '../catalogue/generated/bundled-rules.js';
import { loadRule } from '../catalogue/load-rule.js';
import type { ConfigError } from '../source/config-error.js';
import { locate, parseYamlSource, type YamlPath, type YamlSource } from '../source/yaml-source.js';
import { MAX_LOCAL_RULE_BYTES } from '../catalogue/load.js';
import { displayPath, readWorkspaceFile, resolveInWorkspace } from '../workspace.js';

const ID = /^[a-z0-9][a-z0-9-]*$/;

/** Each fact of the rule schema with what to look for, in the order the skeleton lists them. */
const FACT_HINTS: [key: string, hint: string][] = [
  ['role', "processor or controller: who decides what happens to your users' data (the DPA says)"],
  ['hosting.regions', 'where the data is stored by default, e.g. [us] or [eu, us]'],
  [
    'hosting.region-options',
    'regions a customer can choose, e.g. [{ region: eu, plans: [enterprise] }]; [] when there is no choice',
  ],
  ['hosting.providers', 'the clouds it runs on, e.g. [AWS, Google Cloud]'],
  [
    'hosting.processing-anywhere',
    'true when the DPA lets it process data in any country it or a subprocessor operates in',
  ],
  ['hosting.region-fixed-at-creation', 'true when the region is chosen once, when the project is created'],
  ['transfers.mechanisms', 'how data leaves the EU/UK/CH, e.g. [dpf, scc, uk-addendum, swiss-addendum]'],
  ['dpa.plans', 'plans that get a DPA: all, none, or a list of plan ids from plans'],
  ['baa.plans', 'plans that get a HIPAA BAA: all, none, or a list of plan ids from plans'],
  [
    'ai-training',
    'whether customer data trains its AI models (see schemas/vendor-rule.schema.json for values)',
  ],
  [
    'retention.deletion-after-termination-days',
    'days until data is deleted after the contract ends, e.g. 30',
  ],
  ['retention.account-data', 'how long account-holder data is kept'],
  ['retention.user-deletion', "true when you can delete one end user's data yourself"],
  ['certifications', 'e.g. [soc2-type2, iso27001]'],
  ['subprocessors', 'its subprocessors, e.g. [{ name: AWS, region: us, purpose: Hosting }]'],
  ['subprocessors.notice-days', 'days of notice before a new subprocessor is added'],
  ['features', 'plans that include a feature, e.g. { sso: [enterprise], audit-logs: all }'],
];

/** The text of a new local rule: it validates as written, and every fact says what to fill in. */
export function ruleSkeleton(id: string, today: string): string {
  const facts = FACT_HINTS.flatMap(([key, hint]) => [
    `  ${key}:`,
    `    status: unclear`,
    `    note: ${JSON.stringify(`Not yet read. Fill in ${hint}.`)}`,
    `    # value: ...   (when a primary source says it: set the value, change status to confirmed,`,
    `    # source: dpa   add the source's key from sources, and quote the sentence word for word)`,
    `    # quote: "..."`,
  ]);
  return [
    '# yaml-language-server: $schema=https://raw.githubusercontent.com/vendor-gate/vendor-gate/main/schemas/vendor-rule.schema.json',
    `# A local vendor rule for '${id}'. Every fact starts unclear: a fact becomes confirmed only with a`,
    "# primary source (the vendor's own DPA, privacy policy, subprocessor list, pricing page) cited by its",
    '# key in sources, and a quote copied from that page. How to read a DPA for each fact:',
    '# docs/writing-rules.md. Check this file with `vendor-gate rules check`.',
    `id: ${id}`,
    `name: ${id} # the vendor's name as people write it`,
    `domain: ${id}.example # the vendor's own domain, e.g. acme.com`,
    'category: other # authentication, database, email, analytics, ai, ... (see the schema)',
    `verified: ${today} # the date you read the sources`,
    "plans: [default] # the vendor's own plan names, e.g. [free, pro, enterprise]",
    '# aliases: [Acme, acme.io] # other names or domains a manifest may use',
    "# One entry per page you read; facts cite these keys. primary: the vendor's own page (DPA,",
    "# privacy policy, subprocessor list, pricing); secondary: anyone else's, which only supports unclear.",
    'sources:',
    '  dpa:',
    `    url: https://${id}.example/legal/dpa`,
    '    title: Data Processing Addendum',
    '    kind: primary',
    '    # date: "2026-01-31" # the date the page itself shows, if any',
    'facts:',
    ...facts,
    '# How the scan recognises the vendor in a repository (package names, env keys, API hosts):',
    '# detect:',
    '#   npm: ["@acme/sdk", "acme-*"]',
    '#   pypi: [acme]',
    '#   go: [github.com/acme/acme-go]',
    '#   gem: [acme]',
    '#   composer: [acme/acme-php]',
    '#   cargo: [acme]',
    '#   env: [ACME_API_KEY, ACME_*]',
    '#   hosts: [api.acme.com, "*.acme.com"]',
    '',
  ].join('\n');
}

export type NewRuleResult = { ok: true; written: string } | { ok: false; message: string };

/** `vendor-gate rules new <id>`: write a skeleton, never over a file, never for a bundled id. */
export function newRule(options: {
  workspace: string;
  rulesDir: string;
  id: string;
  today: string;
}): NewRuleResult {
  const { workspace, id } = options;
  const rulesDir = resolveInWorkspace(workspace, options.rulesDir);
  if (!ID.test(id))
    return {
      ok: false,
      message: `'${id}' is not a rule id: use lower-case letters, digits and '-', e.g. acme-mail`,
    };
  const bundled = BUNDLED_RULES.find((r) => r.rule.id === id);
  if (bundled) {
    return {
      ok: false,
      message:
        `the catalogue already has '${id}' (${bundled.file}); \`vendor-gate explain ${id}\` shows it. ` +
        `To override it, copy that file to ${displayPath(workspace, join(rulesDir, `${id}.yml`))} and edit it: ` +
        'a local rule with the same id replaces the bundled one, and each run reports it as rules.overridden.',
    };
  }
  const target = resolveInWorkspace(workspace, join(rulesDir, `${id}.yml`));
  const shown = displayPath(workspace, target);
  if (lstatSync(target, { throwIfNoEntry: false }))
    return { ok: false, message: `${shown} already exists; rules new never overwrites a file` };
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, ruleSkeleton(id, options.today), { flag: 'wx' });
  return { ok: true, written: shown };
}

/**
 * `vendor-gate rules check [files]`: every local rule (or the files named), each fully checked, and
 * every error of every file in one list.
 */
export function checkRules(options: {
  workspace: string;
  rulesDir: string;
  files: string[];
  today: string;
}): {
  folder: string;
  files: string[];
  errors: ConfigError[];
} {
  const { workspace } = options;
  const rulesDir = resolveInWorkspace(workspace, options.rulesDir);
  const folder = displayPath(workspace, rulesDir);
  let files = options.files.map((f) => resolveInWorkspace(workspace, f));
  if (files.length === 0) {
    const isDir = lstatSync(rulesDir, { throwIfNoEntry: false })?.isDirectory();
    files = isDir
      ? readdirSync(rulesDir)
          .filter((n) => RULE_FILE.test(n))
          .sort()
          .map((n) => join(rulesDir, n))
      : [];
  }
  const errors: ConfigError[] = [];
  const shownFiles: string[] = [];
  for (const file of files) {
    const shown = displayPath(workspace, file);
    shownFiles.push(shown);
    const text = readWorkspaceFile(workspace, file, MAX_LOCAL_RULE_BYTES);
    if (!text.ok) {
      errors.push(...text.errors);
      continue;
    }
    errors.push(...checkRuleText(shown, text.value, options.today));
  }
  return { folder, files: shownFiles, errors };
}

/** One rule file's errors: the schema's and the rule's own, with plan lists explained in words. */
export function checkRuleText(file: string, text: string, today: string): ConfigError[] {
  const errors: ConfigError[] = [];
  const loaded = loadRule(file, text, 'local', today);
  const parsed = parseYamlSource(file, text);
  const planErrors = parsed.source ? planListProblems(parsed.source) : [];
  const planLines = new Set(planErrors.map((e) => `${e.location.line}`));
  if (!loaded.ok) errors.push(...loaded.errors.filter((e) => !planLines.has(`${e.location.line}`)));
  errors.push(...planErrors);
  return errors.sort((a, b) => a.location.line - b.location.line || a.location.column - b.location.column);
}

/** Where a rule names plans: `all`, `none` (DPA and BAA only) or a non-empty list of plan ids. */
function planListProblems(source: YamlSource): ConfigError[] {
  const data = source.data as { facts?: Record<string, { value?: unknown }>; plans?: unknown } | null;
  const facts =
    data && typeof data === 'object' && data.facts && typeof data.facts === 'object' ? data.facts : {};
  const errors: ConfigError[] = [];
  const check = (value: unknown, path: YamlPath, noneAllowed: boolean) => {
    const words = noneAllowed ? '`all`, `none`, or a list of plan ids' : '`all` or a list of plan ids';
    const where = path.join('.');
    let message: string | undefined;
    if (typeof value === 'string' && value !== 'all' && !(noneAllowed && value === 'none'))
      message = `${where} is '${value}': a plan list is ${words}; for that one plan write [${value}]`;
    else if (Array.isArray(value) && value.length === 0)
      message = `${where} is an empty list: a plan list is ${words}${noneAllowed ? '; write none when no plan has it' : '; leave out what no plan has'}`;
    else if (value !== undefined && typeof value !== 'string' && !Array.isArray(value))
      message = `${where} must be ${words} (the ids in plans), not ${value === null ? 'empty' : typeof value}`;
    if (message) errors.push({ message, location: locate(source, path, 'value') });
  };
  for (const key of ['dpa.plans', 'baa.plans'] as const) {
    if (facts[key] && 'value' in facts[key]) check(facts[key].value, ['facts', key, 'value'], true);
  }
  const options = facts['hosting.region-options']?.value;
  if (Array.isArray(options))
    options.forEach((o: unknown, i) => {
      if (o && typeof o === 'object' && 'plans' in o)
        check(
          (o as { plans: unknown }).plans,
          ['facts', 'hosting.region-options', 'value', i, 'plans'],
          false,
        );
    });
  const features = facts.features?.value;
  if (features && typeof features === 'object' && !Array.isArray(features))
    for (const [feature, plans] of Object.entries(features))
      check(plans, ['facts', 'features', 'value', feature], false);
  return errors;
}
