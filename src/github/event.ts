import { readFileSync } from 'node:fs';

/** What the action needs to know about the pull request it runs on, if any. */
export interface PullRequestContext {
  owner: string;
  repo: string;
  number: number;
  baseSha?: string;
  baseRef?: string;
}

/** The pull request from the runner's event payload; undefined on pushes and other events. */
export function readPullRequest(env: NodeJS.ProcessEnv): PullRequestContext | undefined {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  if (!env.GITHUB_EVENT_PATH) return undefined;
  let payload: {
    pull_request?: { number?: number; base?: { sha?: string; ref?: string } };
    repository?: { full_name?: string };
  };
  try {
    payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
  } catch {
    return undefined;
  }
  const pr = payload.pull_request;
  if (!pr?.number || (eventName !== '' && !eventName.startsWith('pull_request'))) return undefined;
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? payload.repository?.full_name ?? '').split('/');
  if (!owner || !repo) return undefined;
  return { owner, repo, number: pr.number, baseSha: pr.base?.sha, baseRef: pr.base?.ref };
}
