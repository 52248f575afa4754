import { writeFileSync } from 'node:fs';
import * as core from '@actions/core';
import { evaluateRepository, exitStatus, type Outcome } from './evaluate-repository.js';
import { annotationsFor } from './github/annotations.js';
import { readActionOptions, type ActionOptions } from './inputs.js';
import { UsageError } from './options.js';
import { formatJson } from './report/format-json.js';
import { formatMarkdown } from './report/format-markdown.js';
import { formatConfigError } from './source/config-error.js';
import { displayPath, resolveInWorkspace } from './workspace.js';

/** The action: evaluate, then annotate, summarise and set outputs. Returns the exit status it set. */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let options: ActionOptions;
  try {
    options = readActionOptions(env);
  } catch (error) {
    return finish({ kind: 'usage-error', message: (error as UsageError).message });
  }
  if (options.token) core.setSecret(options.token);
  try {
    const outcome = await evaluateRepository(options);
    if (outcome.kind === 'report') await publishReport(outcome, options);
    return finish(outcome);
  } catch (error) {
    if (error instanceof Error && error.name === 'OutsideWorkspaceError')
      return finish({ kind: 'usage-error', message: error.message });
    // A bug of ours, not the user's: say so plainly; the gate was not evaluated.
    return finish({
      kind: 'usage-error',
      message: `internal error: ${error instanceof Error ? error.message : String(error)}`,
    });
  }
}

async function publishReport(
  outcome: Extract<Outcome, { kind: 'report' }>,
  options: ActionOptions,
): Promise<void> {
  const { report } = outcome;
  for (const annotation of annotationsFor(report.findings))
    core[annotation.level](annotation.message, annotation.properties);
  await core.summary.addRaw(formatMarkdown(report), true).write();
  core.setOutput('errors', report.counts.error);
  core.setOutput('warnings', report.counts.warning);
  core.setOutput('notices', report.counts.notice);
  if (options.reportFile) {
    const path = resolveInWorkspace(options.workspace, options.reportFile);
    writeFileSync(path, formatJson(report));
    core.setOutput('report-file', displayPath(options.workspace, path));
  }
}

/** Decide and set the exit status, once, for every outcome. */
function finish(outcome: Outcome): number {
  const status = exitStatus(outcome);
  switch (outcome.kind) {
    case 'report':
      core.setOutput('result', outcome.report.result);
      if (outcome.report.result === 'fail') {
        const { counts } = outcome.report;
        core.setFailed(
          `Vendor Gate failed: ${counts.error} error(s), ${counts.warning} warning(s). See the annotations and the job summary.`,
        );
      }
      break;
    case 'config-error':
      core.setOutput('result', 'error');
      for (const error of outcome.errors) {
        const { location } = error;
        core.error(`${formatConfigError(error)}`, {
          title: 'vendor-gate: configuration error',
          file: location.file,
          startLine: location.line,
          endLine: location.endLine,
          ...(location.line === location.endLine
            ? { startColumn: location.column, endColumn: location.endColumn }
            : {}),
        });
      }
      core.info(`Vendor Gate could not evaluate: ${outcome.errors.length} configuration error(s).`);
      break;
    case 'usage-error':
      core.setOutput('result', 'error');
      core.error(outcome.message, { title: 'vendor-gate: bad input' });
      break;
  }
  process.exitCode = status;
  return status;
}
