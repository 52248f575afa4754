import type { CommentMode } from '../inputs.js';
import { code } from '../report/markdown.js';
import type { Report } from '../report/report.js';
import { redact } from './redact.js';

/** GitHub rejects issue comments longer than this. */
export const MAX_COMMENT_LENGTH = 65_536;

/** Hidden marker that finds our comment again; one comment per manifest. */
export function commentMarker(manifest: string): string {
  return `<!-- vendor-gate:sticky manifest=${manifest.replace(/--/g, '-')} -->`;
}

/** A comment as the API lists it: who wrote it matters (only our own are candidates). */
export interface ListedComment {
  id: number;
  body?: string | null;
  user?: { login?: string; type?: string } | null;
}

/** The minimal Octokit surface the sticky comment needs; tests pass a real client against a local server. */
export interface IssueCommentsApi {
  paginate: {
    iterator: (
      route: string,
      params: Record<string, unknown>,
    ) => AsyncIterable<{ data: ListedComment[]; url?: string }>;
  };
  request: (route: string, params: Record<string, unknown>) => Promise<unknown>;
  /** Removes the token from a message (an API error body may echo it). */
  redact?: (message: string) => string;
}

/**
 * The login GitHub shows on comments written with the default `GITHUB_TOKEN` (an installation
 * token of the GitHub Actions app). Such a token cannot call `GET /user`; a personal token can, and
 * is then known by its own login. No person can hold a login ending in `[bot]`.
 */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';
/** 30 pages of 100: more comments than any pull request; a longer (or looping) listing is refused. */
export const MAX_COMMENT_PAGES = 30;

export interface StickyCommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
  manifest: string;
}

export type CommentResult =
  | { action: 'created' | 'updated'; id: number }
  | { action: 'skipped'; reason: string }
  | { action: 'warning'; message: string };

/**
 * Keep one comment per manifest current: create it when the gate first has something to say,
 * update it in place on every later run, and turn it into an all-clear when a failing PR is fixed.
 * API failures come back as a warning; they never change the gate's result.
 */
export async function upsertStickyComment(
  api: IssueCommentsApi,
  target: StickyCommentTarget,
  report: Report,
  markdown: string,
  mode: CommentMode,
): Promise<CommentResult> {
  if (mode === 'never') return { action: 'skipped', reason: 'comment: never' };
  const marker = commentMarker(target.manifest);
  try {
    const existing = await findComment(api, target, marker);
    const wantsComment = mode === 'always' || report.result === 'fail';
    if (!wantsComment && !existing)
      return { action: 'skipped', reason: 'the gate passed and there is no earlier comment to update' };
    const body = wantsComment ? fitComment(markdown, marker) : allClear(report, marker);
    if (existing) {
      await api.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
        owner: target.owner,
        repo: target.repo,
        comment_id: existing,
        body,
      });
      return { action: 'updated', id: existing };
    }
    const created = (await api.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      owner: target.owner,
      repo: target.repo,
      issue_number: target.issueNumber,
      body,
    })) as { data: { id: number } };
    return { action: 'created', id: created.data.id };
  } catch (error) {
    const message = describeApiError(error);
    return { action: 'warning', message: api.redact ? api.redact(message) : redact(message, undefined) };
  }
}

/**
 * Our comment: the first carrying this manifest's marker *and written by the token's own identity*.
 * Anyone can paste the marker into a comment; updating theirs would leave ours stale and put the
 * gate's verdict under their name. The identity is asked for only once a marker is seen.
 */
async function findComment(
  api: IssueCommentsApi,
  target: StickyCommentTarget,
  marker: string,
): Promise<number | undefined> {
  const pages = api.paginate.iterator('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  let self: Promise<string> | undefined;
  const seen = new Set<string>();
  let count = 0;
  for await (const page of pages) {
    if (++count > MAX_COMMENT_PAGES)
      throw new Error(`the pull request lists more than ${MAX_COMMENT_PAGES} pages of comments`);
    if (page.url !== undefined) {
      if (seen.has(page.url)) throw new Error('the comment listing loops (a page links back to itself)');
      seen.add(page.url);
    }
    for (const comment of page.data) {
      if (!comment.body?.includes(marker)) continue;
      self ??= ownLogin(api);
      if (comment.user?.login === (await self)) return comment.id;
    }
  }
  return undefined;
}

/** The token's own login: `GET /user` for a personal token, else (403/401/404) the Actions bot. */
async function ownLogin(api: IssueCommentsApi): Promise<string> {
  try {
    const response = (await api.request('GET /user', {})) as { data?: { login?: unknown } };
    if (typeof response.data?.login === 'string') return response.data.login;
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status !== 401 && status !== 403 && status !== 404) throw error;
  }
  return ACTIONS_BOT_LOGIN;
}

function allClear(report: Report, marker: string): string {
  return `${marker}\n### ✅ Vendor Gate passes now — ${code(report.manifest)}\n\nThe conflicts reported earlier on this pull request are resolved. ${report.counts.warning} warning(s) and ${report.counts.notice} notice(s) remain; see the job summary.\n`;
}

/** Keep the comment under GitHub's limit, saying what was left out. */
export function fitComment(markdown: string, marker: string): string {
  const full = `${marker}\n${markdown}`;
  if (full.length <= MAX_COMMENT_LENGTH) return full;
  const note =
    "\n\n---\n_This comment was shortened to fit GitHub's 65,536-character limit: the remaining findings are in the job summary and the JSON/SARIF reports._\n";
  const room = MAX_COMMENT_LENGTH - marker.length - 1 - note.length;
  // Cut at a line boundary so no table row or link is left half-written.
  const cut = markdown.lastIndexOf('\n', room);
  return `${marker}\n${markdown.slice(0, cut > 0 ? cut : room)}${note}`;
}

function describeApiError(error: unknown): string {
  const status = (error as { status?: number }).status;
  if (status === 403 || status === 404) {
    return 'Vendor Gate could not comment on the pull request: the token lacks the `pull-requests: write` permission (read-only tokens are normal on pull requests from forks). Add `permissions: pull-requests: write` to the job to get the comment; the gate result is unaffected.';
  }
  const message = error instanceof Error ? error.message : String(error);
  return `Vendor Gate could not update its pull-request comment (${status ? `HTTP ${status}: ` : ''}${message}); the gate result is unaffected.`;
}
