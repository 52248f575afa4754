import * as core from '@actions/core';
import { evaluateRepository } from './evaluate-repository.js';
import { gitBaseReader } from './gather/base-manifest.js';
import { annotationsFor, configErrorAnnotations, type Annotation } from './github/annotations.js';
import { apiBaseReader, firstOf } from './github/base-from-api.js';
import { upsertStickyComment } from './github/comment.js';
import { readPullRequest, type PullRequestContext } from './github/event.js';
import { createGitHubApi, type GitHubApi } from './github/octokit.js';
import { readActionOptions, type ActionOptions } from './inputs.js';
import { UsageError } from './options.js';
import { exitStatus, settle, type Outcome, type Rendered } from './outcome.js';
import { FORMATS } from './report/formats.js';
import { displayPath } from './workspace.js';
import { capSummary } from './report/cap-summary.js';
import { checkOutputPaths, outputRequests, writeOutputFile } from './output-files.js';

type Evaluated = Extract<Rendered, { kind: 'report' }>;

/** The action: evaluate, then annotate, summarise and set outputs. Returns the exit status it set. */
export async function run(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  // Mask the token before anything else can print, even an error about another input.
  const token = env['INPUT_GITHUB-TOKEN']?.trim();
  if (token) core.setSecret(token);
  return finish(await settle(() => act(env)));
}

async function act(env: NodeJS.ProcessEnv): Promise<Outcome> {
  const options = readActionOptions(env);
  // Refuse output paths (outside the workspace, through symlinks, over files we did not write)
  // before doing any work, not after.
  try {
    checkOutputPaths(outputRequests(options), options);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const pr = readPullRequest(env);
  let api: Promise<GitHubApi> | undefined;
  const github = () => (api ??= createGitHubApi(options.token, env));
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
  return outcome;
}

async function publishReport(outcome: Evaluated, options: ActionOptions): Promise<void> {
  const { report } = outcome;
  annotate(annotationsFor(report.findings));
  // The runner always provides a summary file; a local run of the bundle may not.
  if (process.env.GITHUB_STEP_SUMMARY)
    await core.summary.addRaw(capSummary(FORMATS.markdown.render(outcome)), true).write();
  core.setOutput('errors', report.counts.error);
  core.setOutput('warnings', report.counts.warning);
  core.setOutput('notices', report.counts.notice);
  const outputs = [
    ['report-file', options.reportFile, FORMATS.json],
    ['sarif-file', options.sarifFile, FORMATS.sarif],
  ] as const;
  for (const [output, file, format] of outputs) {
    if (!file) continue;
    const [path] = checkOutputPaths([{ input: output, path: file }], options);
    const shown = displayPath(options.workspace, path!);
    writeOutputFile(output, path!, shown, format.render(outcome));
    core.setOutput(output, shown);
  }
}

/** The sticky pull-request comment; whatever happens here, the gate's result stands. */
async function comment(
  outcome: Evaluated,
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
    FORMATS.markdown.render(outcome),
    options.comment,
  );
  if (result.action === 'warning') core.warning(result.message);
  else if (result.action === 'skipped') core.info(`Pull-request comment skipped: ${result.reason}.`);
  else core.info(`Pull-request comment ${result.action} (id ${result.id}).`);
}

function annotate(annotations: Annotation[]): void {
  for (const annotation of annotations) core[annotation.level](annotation.message, annotation.properties);
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
      annotate(configErrorAnnotations(outcome.errors));
      core.info(`Vendor Gate could not evaluate: ${outcome.errors.length} configuration error(s).`);
      break;
    case 'usage-error':
    case 'internal-error':
      core.setOutput('result', 'error');
      // An internal error is a bug of ours, not the user's: say so plainly; the gate was not evaluated.
      core.error(outcome.kind === 'internal-error' ? `internal error: ${outcome.message}` : outcome.message, {
        title: 'vendor-gate: bad input',
      });
      break;
  }
  process.exitCode = status;
  return status;
}
