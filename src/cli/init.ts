import { existsSync, lstatSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { stringify } from 'yaml';
import type { Catalogue } from '../catalogue/catalogue.js';
import { scanDependencies } from '../gather/dependencies.js';
import type { DependencyRef } from '../detect/types.js';
import { detectVendors, type DetectedVendor } from '../gather/vendors.js';
import { parseManifest } from '../manifest/load.js';
import { PLACEHOLDER } from '../manifest/placeholders.js';
import type { Requirements } from '../manifest/types.js';
import { UsageError } from '../options.js';
import { didYouMean } from '../source/did-you-mean.js';
import { formatConfigError } from '../source/config-error.js';
import { starterRequirementLines } from '../manifest/requirements.js';
import { AGREEMENTS, DATA_CATEGORIES, REGIONS, type Region } from '../vocabulary.js';
import { displayPath, resolveInWorkspace } from '../workspace.js';
import type { Prompt } from './prompt.js';
import { MAX_CANDIDATES_SHOWN, refKey, uncataloguedServices } from './service-like.js';

/** Where editors with the YAML language server fetch the manifest schema (as in the README). */
export const MANIFEST_SCHEMA_URL =
  'https://raw.githubusercontent.com/vendor-gate/vendor-gate/main/schemas/vendor-gate.schema.json';

export interface InitOptions {
  workspace: string;
  /** Workspace-relative path of the manifest to write (the CLI default is `.github/vendor-gate.yml`). */
  manifest: string;
  catalogue: Catalogue;
  /** Globs the scan skips, as `check --scan-ignore`. */
  scanIgnore?: string[];
  /** The requirements decided by flags ({@link requirementsFromFlags}). */
  requirements?: InitRequirements;
  /** On a terminal: asks for whatever the flags left undecided, and each multi-plan vendor's plan. */
  prompt?: Prompt;
}

/** The requirements `init` asks for (SPEC §7.3); the rest are written as commented choices. */
export type InitRequirements = Partial<
  Pick<Requirements, 'data' | 'residency' | 'agreements' | 'ai-training' | 'deletion-days'>
>;

/** What `init` asks, as a flag and as a question: its allowed values, and how an answer reads. */
interface Question {
  flag: InitFlag;
  question: string;
  parse(flag: string, answer: string): unknown;
}

export const INIT_FLAGS = [
  'data',
  'regions',
  'transfers',
  'agreements',
  'ai-training',
  'deletion-days',
] as const;
export type InitFlag = (typeof INIT_FLAGS)[number];

/** A comma- (or space-) separated list of words from `allowed`; `none` is [] where `none` is allowed. */
function list(allowed: readonly string[], none: boolean) {
  return (flag: string, answer: string): string[] => {
    const words = [...new Set(answer.split(/[\s,]+/).filter(Boolean))];
    if (none && words.length === 1 && words[0] === 'none') return [];
    for (const word of words) oneOf(allowed, none)(flag, word);
    return words;
  };
}

function oneOf(allowed: readonly string[], none = false) {
  return (flag: string, answer: string): string => {
    const word = answer.trim();
    if (allowed.includes(word)) return word;
    const hint = didYouMean(word, allowed);
    throw new UsageError(
      `${flag}: '${word}' is not allowed.${hint ? ` Did you mean '${hint}'?` : ''} Allowed: ${allowed.join(', ')}${none ? ', or none' : ''}.`,
    );
  };
}

const MAX_DAYS = 36500;

function days(flag: string, answer: string): number {
  const text = answer.trim();
  if (/^\d{1,5}$/.test(text) && Number(text) <= MAX_DAYS) return Number(text);
  throw new UsageError(`${flag}: '${text}' is not a number of days from 0 to ${MAX_DAYS}.`);
}

const QUESTIONS: readonly Question[] = [
  {
    flag: 'data',
    question: `Personal data this project handles (${DATA_CATEGORIES.join(', ')}; none)`,
    parse: list(DATA_CATEGORIES, true),
  },
  {
    flag: 'regions',
    question: `Regions where personal data may be stored (${REGIONS.join(', ')})`,
    parse: list(REGIONS, false),
  },
  {
    flag: 'transfers',
    question: 'Transfers of personal data out of those regions (forbidden, safeguarded)',
    parse: oneOf(['forbidden', 'safeguarded']),
  },
  {
    flag: 'agreements',
    question: `Agreements every processor must have signed (${AGREEMENTS.join(', ')}; none)`,
    parse: list(AGREEMENTS, true),
  },
  {
    flag: 'ai-training',
    question: "May vendors train AI on your users' data? (forbidden, allowed)",
    parse: oneOf(['forbidden', 'allowed']),
  },
  {
    flag: 'deletion-days',
    question: `Days within which vendors must delete your data after termination (0-${MAX_DAYS})`,
    parse: days,
  },
];

type Answers = Partial<Record<InitFlag, unknown>>;

/** The requirements the init flags decide; a bad value is a usage error naming the allowed values. */
export function requirementsFromFlags(values: Partial<Record<InitFlag, string>>): InitRequirements {
  const answers: Answers = {};
  for (const { flag, parse } of QUESTIONS) {
    const value = values[flag];
    if (value !== undefined) answers[flag] = parse(`--${flag}`, value);
  }
  if (answers.transfers !== undefined && answers.regions === undefined)
    throw new UsageError('--transfers needs --regions: transfers are out of the regions it lists.');
  return toRequirements(answers);
}

function toRequirements(answers: Answers): InitRequirements {
  const requirements: InitRequirements = {};
  if (answers.data !== undefined) requirements.data = answers.data as Requirements['data'];
  if (answers.regions !== undefined) {
    requirements.residency = { regions: answers.regions as Region[] };
    if (answers.transfers !== undefined)
      requirements.residency.transfers = answers.transfers as 'forbidden' | 'safeguarded';
  }
  if (answers.agreements !== undefined)
    requirements.agreements = answers.agreements as Requirements['agreements'];
  if (answers['ai-training'] !== undefined)
    requirements['ai-training'] = answers['ai-training'] as Requirements['ai-training'];
  if (answers['deletion-days'] !== undefined)
    requirements['deletion-days'] = answers['deletion-days'] as number;
  return requirements;
}

function fromRequirements(requirements: InitRequirements): Answers {
  return {
    data: requirements.data,
    regions: requirements.residency?.regions,
    transfers: requirements.residency?.transfers,
    agreements: requirements.agreements,
    'ai-training': requirements['ai-training'],
    'deletion-days': requirements['deletion-days'],
  };
}

/** Attempts at one question before it is left undecided. */
const MAX_ATTEMPTS = 3;

/** Ask, until it parses, for an answer; an empty answer, or the end of input, leaves it undecided. */
async function askOne<T>(
  prompt: Prompt,
  question: string,
  parse: (answer: string) => T,
): Promise<T | undefined> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const answer = (await prompt.ask(`${question}\n  (empty: decide later) > `))?.trim();
    if (!answer) return undefined;
    try {
      return parse(answer);
    } catch (error) {
      prompt.say(`  ${(error as Error).message}\n`);
    }
  }
  return undefined;
}

/** On a terminal: ask for each requirement the flags did not decide (transfers only with regions). */
async function askRequirements(prompt: Prompt, given: InitRequirements): Promise<InitRequirements> {
  const answers = fromRequirements(given);
  for (const { flag, question, parse } of QUESTIONS) {
    if (answers[flag] !== undefined) continue;
    if (flag === 'transfers' && answers.regions === undefined) continue;
    answers[flag] = await askOne(prompt, question, (answer) => parse(flag, answer));
  }
  return toRequirements(answers);
}

/** On a terminal: each multi-plan vendor's plan, by vendor id. */
async function askPlans(prompt: Prompt, detected: DetectedVendor[]): Promise<Map<string, string>> {
  const plans = new Map<string, string>();
  for (const { rule, optional } of detected) {
    if (optional || rule.plans.length < 2) continue;
    const plan = await askOne(prompt, `${rule.name} plan (${rule.plans.join(', ')})`, (answer) =>
      oneOf(rule.plans)(`${rule.name} plan`, answer),
    );
    if (plan !== undefined) plans.set(rule.id, plan);
  }
  return plans;
}

export interface InitResult {
  /** The manifest written, relative to the workspace with `/` separators. */
  written: string;
  text: string;
  /** Ids of the vendors listed as services, sorted. */
  vendors: string[];
  /** Ids of the vendors seen only in commented-out env keys, listed commented out. */
  optional: string[];
  /** What the written manifest leaves to decide before `check` accepts it, e.g. `requirements.data`. */
  undecided: string[];
  /** Uncatalogued dependencies and env keys that look like services, listed as comments. */
  uncatalogued: string[];
}

/**
 * `vendor-gate init`: scan the repository and write a starter manifest that lists each detected
 * vendor once. Refuses to overwrite an existing file. What is left undecided (the data handled, a
 * multi-plan vendor's plan) is written as a placeholder `check` refuses, so the manifest cannot
 * pass by saying nothing (SPEC §7.3); apart from those, it always validates.
 */
export async function initManifest(options: InitOptions): Promise<InitResult> {
  const { workspace, catalogue } = options;
  const target = resolveInWorkspace(workspace, options.manifest);
  const shown = displayPath(workspace, target);
  if (pathTaken(target)) {
    throw new UsageError(
      `${shown} already exists; init never overwrites a manifest. Edit it, or move it away and run init again.`,
    );
  }
  const dependencies = await scanDependencies(workspace, { ignore: options.scanIgnore ?? [] });
  const detected = detectVendors(dependencies, catalogue);
  let requirements = options.requirements ?? {};
  let plans = new Map<string, string>();
  if (options.prompt) {
    try {
      requirements = await askRequirements(options.prompt, requirements);
      plans = await askPlans(options.prompt, detected);
    } finally {
      options.prompt.close?.();
    }
  }
  const claimed = new Set(detected.flatMap((d) => d.hits.map(({ ref }) => refKey(ref))));
  const uncatalogued = uncataloguedServices(dependencies, claimed);
  const text = renderStarterManifest(detected, { requirements, plans, uncatalogued });
  const undecided = assertOnlyPlaceholders(shown, text, catalogue);

  mkdirSync(dirname(target), { recursive: true });
  try {
    // `wx`: fail rather than overwrite a file created since the check above.
    writeFileSync(target, text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      throw new UsageError(`${shown} already exists; init never overwrites a manifest.`);
    throw error;
  }
  return {
    written: shown,
    text,
    vendors: detected.filter((d) => !d.optional).map((d) => d.rule.id),
    optional: detected.filter((d) => d.optional).map((d) => d.rule.id),
    undecided,
    uncatalogued: uncatalogued.map(site),
  };
}

/** What `init` prints after writing: the file, the vendors, and what is left to decide. */
export function describeInit(result: InitResult): string {
  const found = result.vendors.length > 0 ? result.vendors.join(', ') : 'no vendors detected';
  const optional = result.optional.length > 0 ? `; commented out: ${result.optional.join(', ')}` : '';
  const lines = [`Wrote ${result.written} (${found}${optional}).`];
  if (result.undecided.length > 0)
    lines.push(
      `Left to decide (each is written as ${PLACEHOLDER}; \`vendor-gate check\` refuses the file until it is replaced):`,
      ...result.undecided.map((what) => `  - ${what}`),
    );
  if (result.uncatalogued.length > 0)
    lines.push(
      `Not in the catalogue but may be services (listed as comments): ${result.uncatalogued.length}; add those that receive personal data.`,
    );
  lines.push(
    'The other requirements are commented choices: uncomment those that apply, then run `vendor-gate check`.',
  );
  return `${lines.join('\n')}\n`;
}

export interface StarterChoices {
  requirements?: InitRequirements;
  /** A multi-plan vendor's chosen plan, by vendor id; the others get the placeholder. */
  plans?: ReadonlyMap<string, string>;
  /** Uncatalogued dependencies that look like services, listed as comments. */
  uncatalogued?: DependencyRef[];
}

/** The starter manifest's text: every requirement explained, each detected vendor a service. */
export function renderStarterManifest(detected: DetectedVendor[], choices: StarterChoices = {}): string {
  const lines = [
    `# yaml-language-server: $schema=${MANIFEST_SCHEMA_URL}`,
    '# Starter manifest written by `vendor-gate init`. Replace each DECIDE (`vendor-gate check`',
    '# refuses the file until you do), review the commented choices, then run `vendor-gate check`.',
    'version: 1',
    commented('requirements:', 'what this project must honour'),
    ...starterRequirementLines(choices.requirements).map(([code, comment]) =>
      comment ? commented(code, comment) : code,
    ),
  ];
  const active = detected.filter((d) => !d.optional);
  if (detected.length === 0) {
    lines.push(
      commented('services: []', 'the scan found no catalogued vendor SDK or env key'),
      '# Add every third-party service that receives personal data, e.g.:',
      '# services:',
      commented('#   - vendor: clerk', 'catalogue id (`vendor-gate vendors`) or domain'),
      commented('#     plan: free', "one of the vendor's plans"),
      '#     purpose: Sign-up and sign-in',
    );
  } else if (active.length === 0) {
    // Only optional integrations: the list stays empty until one is uncommented.
    lines.push(commented('services: []', 'no vendor SDK found; optional integrations below'));
  } else {
    lines.push(commented('services:', 'every third-party service that receives personal data'));
  }
  for (const vendor of detected) lines.push(...renderService(vendor, choices.plans?.get(vendor.rule.id)));
  lines.push(...renderUncatalogued(choices.uncatalogued ?? []));
  return `${lines.join('\n')}\n`;
}

function site(ref: DependencyRef): string {
  const what = ref.ecosystem === 'env' ? `env ${ref.name}` : ref.name;
  return `${ref.location.file}:${ref.location.line} (${what})`;
}

function renderUncatalogued(refs: DependencyRef[]): string[] {
  if (refs.length === 0) return [];
  const more = refs.length - MAX_CANDIDATES_SHOWN;
  return [
    '',
    '# Not in the catalogue, but these look like third-party services. Add each one that receives',
    "# personal data as a service (`vendor:` its domain): every check then runs with the vendor's facts",
    '# unknown. Or describe it in a local rule in .github/vendor-rules/.',
    ...refs.slice(0, MAX_CANDIDATES_SHOWN).map((ref) => safeComment(`#   ${site(ref)}`)),
    ...(more > 0 ? [`#   and ${more} more`] : []),
  ];
}

/** Most detection sites a service's comment names before summing up the rest. */
const MAX_SITES_SHOWN = 3;

function renderService({ rule, hits, optional }: DetectedVendor, chosen?: string): string[] {
  const sites = hits.slice(0, MAX_SITES_SHOWN).map(({ ref }) => site(ref));
  const more = hits.length > MAX_SITES_SHOWN ? ` and ${hits.length - MAX_SITES_SHOWN} more` : '';
  const header = optional
    ? `  # ${rule.name}: only commented out, at ${sites.join(', ')}${more}. Uncomment if it is used.`
    : `  # ${rule.name}: detected at ${sites.join(', ')}${more}.`;
  // One plan needs no decision; of several, the one chosen at the terminal or a placeholder.
  const plan = rule.plans.length === 1 ? rule.plans[0]! : (chosen ?? PLACEHOLDER);
  const choices = rule.plans.length > 1 ? `one of: ${rule.plans.join(', ')}` : 'its only plan';
  const body: [code: string, comment?: string][] = [
    [`- vendor: ${scalar(rule.id)}`],
    [`  plan: ${scalar(plan)}`, choices],
    ['  # purpose: ...', `what ${rule.name} does for this project (free text)`],
    ['  # data: [contact]', 'what it receives; absent = all of requirements.data'],
    ['  # agreements: [dpa]', `signed with ${rule.name}: ${AGREEMENTS.join(', ')}`],
  ];
  const prefix = optional ? '  # ' : '  ';
  return [
    safeComment(header),
    ...body.map(([code, comment]) => (comment ? commented(prefix + code, comment) : prefix + code)),
  ];
}

/** `code` with `# comment` aligned at column 36, as in the README's annotated manifest. */
function commented(code: string, comment: string): string {
  return `${code.padEnd(34)} # ${safeComment(comment)}`;
}

/** A string as a YAML scalar, quoted only when it must be (a plan `1.0`, a `#` in a name). */
function scalar(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

/**
 * Names and paths come from the repository; a line break in one would end the comment and
 * inject YAML, so control characters become `?`.
 */
function safeComment(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]/g, '?');
}

/** Exists, or is a symlink (even a dangling one): either way, not ours to replace. */
function pathTaken(path: string): boolean {
  if (existsSync(path)) return true;
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * The starter must pass the validation `check` applies but for its placeholders; any other error
 * is a bug in init. Returns what each placeholder leaves to decide, e.g. `services[0].plan`.
 */
function assertOnlyPlaceholders(file: string, text: string, catalogue: Catalogue): string[] {
  const checked = parseManifest(file, text, catalogue);
  if (checked.ok) return [];
  const marker = `: '${PLACEHOLDER}' is a placeholder: `;
  const other = checked.errors.filter((error) => !error.message.includes(marker));
  if (other.length > 0) {
    const errors = other.map(formatConfigError).join('\n');
    throw new Error(`init produced a manifest that does not validate (a bug):\n${errors}\n\n${text}`);
  }
  return checked.errors.map((error) => error.message.replace(marker, ': '));
}
