import * as core from '@actions/core';
import { evaluateRepository, exitStatus, type Outcome } from './evaluate-repository.js';
import { annotationsFor } from './github/annotations.js';
import { readActionOptions, type ActionOptions } from './inputs.js';
import { UsageError } from './options.js';
import { formatJson } from './report/format-json.js';
import { formatMarkdown } from './report/format-markdown.js';
import { capSummary } from './report/cap-summary.js';
import { formatSarif } from './report/format-sarif.js';
import { formatConfigError } from './source/config-error.js';
import { OutsideWorkspaceError, displayPath } from './workspace.js';
import { checkOutputPaths, outputRequests, writeOutputFile } from './output-files.js';
import { readPullRequest, type PullRequestContext } from './github/event.js';
import { createGitHubApi, type GitHubApi } from './github/octokit.js';
import { upsertStickyComment } from './github/comment.js';
import { apiBaseReader, firstOf } from './github/base-from-api.js';
import { gitBaseReader } from './policy/base-manifest.js';

/** The action: evaluate, then annotate, summarise and set outputs. Returns the exit status it set. */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  // Mask the token before anything else can print, even an error about another input.
  const token = env['INPUT_GITHUB-TOKEN']?.trim();
  if (token) core.setSecret(token);
  let options: ActionOptions;
  try {
    options = readActionOptions(env);
  } catch (error) {
    return finish({ kind: 'usage-error', message: (error as UsageError).message });
  }
  // Refuse output paths (outside the workspace, through symlinks, over files we did not write)
  // before doing any work, not after.
  try {
    checkOutputPaths(outputRequests(options), options);
  } catch (error) {
    return finish({ kind: 'usage-error', message: (error as Error).message });
  }
  const pr = readPullRequest(env);
  let api: Promise<GitHubApi> | undefined;
  const github = () => (api ??= createGitHubApi(options.token, env));
  try {
    const readBase = pr?.baseSha
      ? firstOf(
          gitBaseReader(options.workspace, pr.baseSha),
          apiBaseReader(github, pr, (m) => core.warning(m)),
        )
      : undefined;
    const outcome = await evaluateRepository(options, { readBase });
    if (outcome.kind === 'report') {
      await publishReport(outcome, options);
      if (pr) await comment(outcome, options, pr, github);
    }
    return finish(outcome);
  } catch (error) {
    if (error instanceof OutsideWorkspaceError || error instanceof UsageError)
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
  // The runner always provides a summary file; a local run of the bundle may not.
  if (process.env.GITHUB_STEP_SUMMARY)
    await core.summary.addRaw(capSummary(formatMarkdown(report)), true).write();
  core.setOutput('errors', report.counts.error);
  core.setOutput('warnings', report.counts.warning);
  core.setOutput('notices', report.counts.notice);
  const outputs = [
    ['report-file', options.reportFile, formatJson],
    ['sarif-file', options.sarifFile, formatSarif],
  ] as const;
  for (const [output, file, format] of outputs) {
    if (!file) continue;
    const [path] = checkOutputPaths([{ input: output, path: file }], options);
    const shown = displayPath(options.workspace, path!);
    writeOutputFile(output, path!, shown, format(report));
    core.setOutput(output, shown);
  }
}

/** The sticky pull-request comment; whatever happens here, the gate's result stands. */
async function comment(
  outcome: Extract<Outcome, { kind: 'report' }>,
  options: ActionOptions,
  pr: PullRequestContext,
  github: () => Promise<GitHubApi>,
): Promise<void> {
  if (options.comment === 'never') return;
  if (!options.token) {
    core.warning('Vendor Gate has no github-token, so it cannot comment on the pull request.');
    return;
  }
  const { report } = outcome;
  const result = await upsertStickyComment(
    await github(),
    { owner: pr.owner, repo: pr.repo, issueNumber: pr.number, manifest: report.manifest },
    report,
    formatMarkdown(report),
    options.comment,
  );
  if (result.action === 'warning') core.warning(result.message);
  else if (result.action === 'skipped') core.info(`Pull-request comment skipped: ${result.reason}.`);
  else core.info(`Pull-request comment ${result.action} (id ${result.id}).`);
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
