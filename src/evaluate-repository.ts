import { lstatSync } from 'node:fs';
import { loadCatalogue } from './catalogue/load.js';
import type { Catalogue } from './catalogue/catalogue.js';
import { evaluate } from './engine/evaluate.js';
import { parseManifest, parsePolicy } from './manifest/load.js';
import type { Manifest } from './manifest/types.js';
import type { Options } from './options.js';
import { readPackageJson } from './package-root.js';
import { buildReport, exitCodeOf, type Report } from './report/report.js';
import { ConfigErrors, fileStart, type ConfigError } from './source/config-error.js';
import { OutsideWorkspaceError, displayPath, readWorkspaceFile, resolveInWorkspace } from './workspace.js';
import { UsageError } from './options.js';
import type { FindingDraft } from './checks/types.js';
import { applyPolicy } from './policy/merge.js';
import { findRelaxations } from './policy/relaxations.js';
import type { BaseReader } from './policy/base-manifest.js';
import { unreadableFindings, type UnreadableFile } from './detect/unreadable.js';
import { unreadableBaseFinding } from './base-unreadable.js';

/** What a run produced: a report, or the reasons it could not evaluate. */
export type Outcome =
  | { kind: 'report'; report: Report }
  | { kind: 'config-error'; errors: ConfigError[] }
  | { kind: 'usage-error'; message: string };

/** The one place that maps an outcome to an exit status: 0 pass, 1 gate failed, 2 not evaluated. */
export function exitStatus(outcome: Outcome): 0 | 1 | 2 {
  return outcome.kind === 'report' ? exitCodeOf(outcome.report) : 2;
}

export interface Gatherers {
  /** Reads the base branch's manifest, for `policy.weakened`; absent outside pull requests. */
  readBase?: BaseReader;
}

/** Load → validate → gather → evaluate → report. Never throws for bad user input. */
export async function evaluateRepository(options: Options, gatherers: Gatherers = {}): Promise<Outcome> {
  try {
    return { kind: 'report', report: await runPipeline(options, gatherers) };
  } catch (error) {
    if (error instanceof ConfigErrors) return { kind: 'config-error', errors: error.errors };
    if (error instanceof UsageError) return { kind: 'usage-error', message: error.message };
    if (error instanceof OutsideWorkspaceError) return { kind: 'usage-error', message: error.message };
    throw error;
  }
}

async function runPipeline(options: Options, gatherers: Gatherers): Promise<Report> {
  const { workspace } = options;
  // Start the scan first: `git ls-files` runs while the catalogue and manifest load. The scan
  // modules (TOML, globs) are loaded only when scanning.
  const unreadable: UnreadableFile[] = []; // inventory.unreadable: what the scan could not read
  const scanning = options.scan
    ? import('./detect/scan.js').then(({ scanRepository }) =>
        scanRepository(workspace, {
          ignore: options.scanIgnore,
          onSkip: (file, reason) => unreadable.push({ file, reason }),
        }),
      )
    : undefined;
  // If a config error ends the run first, nobody awaits the scan: keep its failure from going unhandled.
  scanning?.catch(() => undefined);
  const catalogue = await loadCatalogue({
    workspace,
    localDir: resolveInWorkspace(workspace, options.rules),
    localDirRequired: options.rulesExplicit,
    today: options.today,
  });
  const manifestPath = resolveInWorkspace(workspace, options.manifest);
  const manifestFile = displayPath(workspace, manifestPath);
  const { manifest, source } = parseManifest(
    manifestFile,
    readUserFile(workspace, manifestPath, manifestFile, 'manifest'),
    catalogue,
  );
  const notes: string[] = [];
  let effective = manifest;
  if (options.policy) {
    const policyPath = resolveInWorkspace(workspace, options.policy);
    const shown = displayPath(workspace, policyPath);
    const { policy } = parsePolicy(shown, readUserFile(workspace, policyPath, shown, 'policy'));
    const applied = applyPolicy(manifest, policy, shown);
    effective = applied.manifest;
    notes.push(
      `requirements from the policy ${shown} apply, with the manifest's stricter additions`,
      ...applied.overruled,
    );
  }

  const extraFindings: FindingDraft[] = [];
  if (gatherers.readBase)
    extraFindings.push(
      ...(await findWeakening(gatherers.readBase, manifestFile, manifest, catalogue, notes)),
    );
  if (scanning) {
    const [dependencies, { findInventoryFindings }] = await Promise.all([
      scanning,
      import('./engine/inventory.js'),
    ]);
    extraFindings.push(
      ...findInventoryFindings(dependencies, effective, catalogue),
      ...unreadableFindings(unreadable),
    );
  }
  const findings = evaluate({ manifest: effective, source, catalogue, today: options.today, extraFindings });
  const { name, version } = readPackageJson();
  return buildReport({
    tool: { name, version },
    manifestFile,
    manifest: effective,
    vendorIds: effective.services.map((s) => catalogue.resolve(s.vendor)?.rule.id),
    findings,
    failOn: options.failOn,
    notes: [
      ...catalogue.rules
        .filter((r) => r.replaces)
        .map((r) => `the local rule ${r.file} replaces the bundled rule for ${r.rule.id} (${r.replaces})`),
      ...notes,
    ],
  });
}

/** Compare the manifest with the base branch's: each relaxation is a `policy.weakened` finding. */
async function findWeakening(
  readBase: BaseReader,
  manifestFile: string,
  head: Manifest,
  catalogue: Catalogue,
  notes: string[],
): Promise<FindingDraft[]> {
  const base = await readBase(manifestFile);
  if (!base) return [];
  if ('unreadable' in base) return [unreadableBaseFinding(manifestFile, base)];
  let baseManifest: Manifest;
  try {
    baseManifest = parseManifest(base.label, base.text, catalogue).manifest;
  } catch (error) {
    if (!(error instanceof ConfigErrors)) throw error;
    notes.push(`the base manifest (${base.label}) is not valid, so it was not compared for relaxations`);
    return [];
  }
  return findRelaxations(baseManifest, head).map((relaxation) => ({
    check: 'policy.weakened',
    evidence: [],
    at: { path: relaxation.path },
    message: `Compared with ${base.label}: ${relaxation.message}.`,
    remediation:
      "Make sure whoever owns these requirements has approved the relaxation; if it was not intended, restore the base branch's setting.",
  }));
}

export function readUserFile(workspace: string, absolute: string, shown: string, what: string): string {
  if (!lstatSync(absolute, { throwIfNoEntry: false })) {
    const hint =
      what === 'manifest'
        ? ' Create one with `npx vendor-gate init`, or point the `manifest` input at it.'
        : '';
    throw new ConfigErrors([{ message: `${what} not found.${hint}`, location: fileStart(shown) }]);
  }
  return readWorkspaceFile(workspace, absolute);
}
