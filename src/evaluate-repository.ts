import { lstatSync } from 'node:fs';
import { loadCatalogue } from './catalogue/load.js';
import { evaluate } from './engine/evaluate.js';
import { readBaseManifest, type BaseReader } from './gather/base-manifest.js';
import { readBaseRules } from './gather/base-rules.js';
import { gatherCodeEvidence, type CodeEvidence, type CodeEvidenceGatherer } from './gather/code-evidence.js';
import { scanDependencies, type DependencyScanner } from './gather/dependencies.js';
import { detectVendors } from './gather/vendors.js';
import { parseManifest, parsePolicy } from './manifest/load.js';
import type { Options } from './options.js';
import { settle, type Outcome } from './outcome.js';
import { readPackageJson } from './package-root.js';
import { applyPolicy } from './policy/merge.js';
import { buildReport } from './report/report.js';
import {
  capConfigErrors,
  fileStart,
  invalid,
  type Checked,
  type ConfigError,
} from './source/config-error.js';
import { pointAt, type Surface } from './setting-names.js';
import { displayPath, readWorkspaceFile, resolveInWorkspace } from './workspace.js';

/** What the pipeline gathers from outside the manifest, injected like any other I/O. */
export interface Gatherers {
  /** The dependency scan, when `options.scan` is on (default: `detect/`'s scan, loaded on demand). */
  scan?: DependencyScanner;
  /** The code-evidence scan (hosts, region signals), when `options.scan` is on (default: `detect/`'s, loaded on demand). */
  evidence?: CodeEvidenceGatherer;
  /** Reads the base branch's manifest, for `policy.weakened`; absent outside pull requests. */
  readBase?: BaseReader;
}

/** Load → validate → gather → evaluate → report. Never throws: every failure is an outcome. */
export function evaluateRepository(options: Options, gatherers: Gatherers = {}): Promise<Outcome> {
  return settle(() => runPipeline(options, gatherers));
}

const stopped = (errors: ConfigError[]): Outcome => ({
  kind: 'config-error',
  errors: capConfigErrors(errors),
});

async function runPipeline(options: Options, gatherers: Gatherers): Promise<Outcome> {
  const { workspace } = options;
  // Start the scan first: `git ls-files` runs while the catalogue and manifest load.
  const unreadable: { file: string; reason: string }[] = []; // inventory.unreadable: what the scan could not read
  const scanning = options.scan
    ? (gatherers.scan ?? scanDependencies)(workspace, {
        ignore: options.scanIgnore,
        onSkip: (file, reason) => unreadable.push({ file, reason }),
      })
    : undefined;
  // If a config error ends the run first, nobody awaits the scan: keep its failure from going unhandled.
  scanning?.catch(() => undefined);
  const catalogue = await loadCatalogue({
    workspace,
    localDir: resolveInWorkspace(workspace, options.rules),
    localDirRequired: options.rulesExplicit,
    today: options.today,
  });
  if (!catalogue.ok) return stopped(catalogue.errors);
  // Hosts and region signals need the rules; the search runs while the manifest loads.
  const searching: Promise<CodeEvidence> | undefined = options.scan
    ? (gatherers.evidence ?? gatherCodeEvidence)(
        workspace,
        catalogue.value.rules.map((loaded) => loaded.rule),
        { ignore: options.scanIgnore },
      )
    : undefined;
  searching?.catch(() => undefined);
  const manifestPath = resolveInWorkspace(workspace, options.manifest);
  const manifestFile = displayPath(workspace, manifestPath);
  const manifestText = readUserFile(workspace, manifestPath, manifestFile, 'manifest', options.surface);
  const loaded = manifestText.ok
    ? parseManifest(manifestFile, manifestText.value, catalogue.value)
    : manifestText;
  if (!loaded.ok) return stopped(loaded.errors);
  const { manifest, source } = loaded.value;

  const notes: string[] = [];
  let effective = manifest;
  if (options.policy) {
    const policyPath = resolveInWorkspace(workspace, options.policy);
    const shown = displayPath(workspace, policyPath);
    const policyText = readUserFile(workspace, policyPath, shown, 'policy', options.surface);
    const policy = policyText.ok ? parsePolicy(shown, policyText.value) : policyText;
    if (!policy.ok) return stopped(policy.errors);
    const applied = applyPolicy(manifest, policy.value.policy, shown);
    effective = applied.manifest;
    notes.push(
      `requirements from the policy ${shown} apply, with the manifest's stricter additions`,
      ...applied.overruled,
    );
  }

  const {
    base,
    unreadable: baseUnreadable,
    note,
  } = gatherers.readBase ? await readBaseManifest(gatherers.readBase, manifestFile, catalogue.value) : {};
  if (note) notes.push(note);
  // Local rule files are compared with the base's when the base has a manifest to compare with.
  const baseRules =
    gatherers.readBase && (base || note)
      ? await readBaseRules(
          gatherers.readBase,
          workspace,
          displayPath(workspace, resolveInWorkspace(workspace, options.rules)),
          catalogue.value.rules.filter((r) => r.origin === 'local'),
        )
      : undefined;
  const detected = scanning ? detectVendors(await scanning, catalogue.value) : undefined;
  const evidence = searching ? await searching : undefined;
  const findings = evaluate({
    manifest: effective,
    head: manifest,
    source,
    catalogue: catalogue.value,
    today: options.today,
    gathered: {
      detected,
      base,
      baseUnreadable,
      baseRules,
      evidence,
      unreadable: scanning ? unreadable : undefined,
    },
  });
  const { name, version } = readPackageJson();
  const report = buildReport({
    tool: { name, version },
    manifestFile,
    manifest: effective,
    vendorIds: effective.services.map((s) => catalogue.value.resolve(s.vendor)?.rule.id),
    findings,
    failOn: options.failOn,
    notes,
  });
  return { kind: 'report', report };
}

/** A file the user names (manifest, policy): its text, or a located config error saying why not. */
export function readUserFile(
  workspace: string,
  absolute: string,
  shown: string,
  what: 'manifest' | 'policy',
  surface: Surface = 'action',
): Checked<string> {
  if (!lstatSync(absolute, { throwIfNoEntry: false })) {
    const init = surface === 'cli' ? '`vendor-gate init`' : '`npx vendor-gate init`';
    const hint = what === 'manifest' ? ` Create one with ${init}, or ${pointAt(surface, 'manifest')}.` : '';
    return invalid([{ message: `${what} not found.${hint}`, location: fileStart(shown) }]);
  }
  return readWorkspaceFile(workspace, absolute);
}
