import { existsSync } from 'node:fs';
import { loadCatalogue } from './catalogue/load.js';
import type { Catalogue } from './catalogue/catalogue.js';
import { evaluate } from './engine/evaluate.js';
import { parseManifest, parsePolicy } from './manifest/load.js';
import type { Manifest } from './manifest/types.js';
import type { Options } from './options.js';
import { readPackageJson } from './package-root.js';
import { buildReport, exitCodeOf, type Report } from './report/report.js';
import { ConfigErrors, fileStart, type ConfigError } from './source/config-error.js';
import { displayPath, readWorkspaceFile, resolveInWorkspace } from './workspace.js';
import { UsageError } from './options.js';
import type { FindingDraft } from './checks/types.js';
import { findInventoryFindings } from './engine/inventory.js';
import { scanRepository } from './detect/scan.js';

/** What a run produced: a report, or the reasons it could not evaluate. */
export type Outcome =
  | { kind: 'report'; report: Report }
  | { kind: 'config-error'; errors: ConfigError[] }
  | { kind: 'usage-error'; message: string };

/** The one place that maps an outcome to an exit status: 0 pass, 1 gate failed, 2 not evaluated. */
export function exitStatus(outcome: Outcome): 0 | 1 | 2 {
  return outcome.kind === 'report' ? exitCodeOf(outcome.report) : 2;
}

/** Load → validate → gather → evaluate → report. Never throws for bad user input. */
export async function evaluateRepository(options: Options): Promise<Outcome> {
  try {
    return { kind: 'report', report: await runPipeline(options) };
  } catch (error) {
    if (error instanceof ConfigErrors) return { kind: 'config-error', errors: error.errors };
    if (error instanceof UsageError) return { kind: 'usage-error', message: error.message };
    if (error instanceof Error && error.name === 'OutsideWorkspaceError')
      return { kind: 'usage-error', message: error.message };
    throw error;
  }
}

async function runPipeline(options: Options): Promise<Report> {
  const { workspace } = options;
  const catalogue = loadCatalogue({
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
  const effective = options.policy ? applyPolicy(manifest, options, catalogue) : manifest;

  const extraFindings: FindingDraft[] = [];
  if (options.scan) {
    const dependencies = await scanRepository(workspace, { ignore: options.scanIgnore });
    extraFindings.push(...findInventoryFindings(dependencies, effective, catalogue));
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
    notes: catalogue.rules
      .filter((r) => r.replaces)
      .map((r) => `the local rule ${r.file} replaces the bundled rule for ${r.rule.id} (${r.replaces})`),
  });
}

function readUserFile(workspace: string, absolute: string, shown: string, what: string): string {
  if (!existsSync(absolute)) {
    const hint =
      what === 'manifest'
        ? ' Create one with `npx vendor-gate init`, or point the `manifest` input at it.'
        : '';
    throw new ConfigErrors([{ message: `${what} not found.${hint}`, location: fileStart(shown) }]);
  }
  return readWorkspaceFile(workspace, absolute);
}

/** A policy's requirements and check settings take precedence over the manifest's own. */
function applyPolicy(manifest: Manifest, options: Options, _catalogue: Catalogue): Manifest {
  const policyPath = resolveInWorkspace(options.workspace, options.policy!);
  const shown = displayPath(options.workspace, policyPath);
  const { policy } = parsePolicy(shown, readUserFile(options.workspace, policyPath, shown, 'policy'));
  return {
    ...manifest,
    requirements: { ...manifest.requirements, ...policy.requirements },
    checks: { ...manifest.checks, ...policy.checks },
  };
}
