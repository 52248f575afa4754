import { existsSync, lstatSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { stringify } from 'yaml';
import type { Catalogue } from '../catalogue/catalogue.js';
import { scanDependencies } from '../gather/dependencies.js';
import { detectVendors, type DetectedVendor } from '../gather/vendors.js';
import { parseManifest } from '../manifest/load.js';
import { UsageError } from '../options.js';
import { formatConfigError } from '../source/config-error.js';
import { starterRequirementLines } from '../manifest/requirements.js';
import { AGREEMENTS } from '../vocabulary.js';
import { displayPath, resolveInWorkspace } from '../workspace.js';

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
}

export interface InitResult {
  /** The manifest written, relative to the workspace with `/` separators. */
  written: string;
  text: string;
  /** Ids of the vendors listed as services, sorted. */
  vendors: string[];
  /** Ids of the vendors seen only in commented-out env keys, listed commented out. */
  optional: string[];
}

/**
 * `vendor-gate init`: scan the repository and write a starter manifest that lists each detected
 * vendor once. Refuses to overwrite an existing file, and never writes a manifest that would not
 * validate.
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
  const text = renderStarterManifest(detected);
  assertValid(shown, text, catalogue);

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
  };
}

/** The starter manifest's text: every requirement explained, each detected vendor a service. */
export function renderStarterManifest(detected: DetectedVendor[]): string {
  const lines = [
    `# yaml-language-server: $schema=${MANIFEST_SCHEMA_URL}`,
    '# Starter manifest written by `vendor-gate init`. Review each TODO, then run `vendor-gate check`.',
    'version: 1',
    commented('requirements:', 'what this project must honour'),
    ...starterRequirementLines().map(([code, comment]) => (comment ? commented(code, comment) : code)),
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
  for (const vendor of detected) lines.push(...renderService(vendor));
  return `${lines.join('\n')}\n`;
}

/** Most detection sites a service's comment names before summing up the rest. */
const MAX_SITES_SHOWN = 3;

function renderService({ rule, hits, optional }: DetectedVendor): string[] {
  const sites = hits.slice(0, MAX_SITES_SHOWN).map(({ ref }) => {
    const what = ref.ecosystem === 'env' ? `env ${ref.name}` : ref.name;
    return `${ref.location.file}:${ref.location.line} (${what})`;
  });
  const more = hits.length > MAX_SITES_SHOWN ? ` and ${hits.length - MAX_SITES_SHOWN} more` : '';
  const header = optional
    ? `  # ${rule.name}: only commented out, at ${sites.join(', ')}${more}. Uncomment if it is used.`
    : `  # ${rule.name}: detected at ${sites.join(', ')}${more}.`;
  const [firstPlan = ''] = rule.plans;
  const choices = rule.plans.length > 1 ? `one of: ${rule.plans.join(', ')}` : 'its only plan';
  const body: [code: string, comment?: string][] = [
    [`- vendor: ${scalar(rule.id)}`],
    [`  plan: ${scalar(firstPlan)}`, choices],
    [`  purpose: ${scalar(`TODO what ${rule.name} does for this project`)}`],
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

/** The starter must pass the same validation `check` applies; failing here is a bug in init. */
function assertValid(file: string, text: string, catalogue: Catalogue): void {
  const checked = parseManifest(file, text, catalogue);
  if (!checked.ok) {
    const errors = checked.errors.map(formatConfigError).join('\n');
    throw new Error(`init produced a manifest that does not validate (a bug):\n${errors}\n\n${text}`);
  }
}
