import type { IssueCommentsApi } from './comment.js';

/** All GitHub API calls of one run share this budget, retries included. */
const TOTAL_API_BUDGET_MS = 60_000;

export type GitHubApi = IssueCommentsApi;

/**
 * An Octokit client with retries on 5xx and rate limiting (429), bounded in total time. Loaded
 * lazily: only runs that talk to GitHub pay for @actions/github. The base URL comes from
 * GITHUB_API_URL, as on GitHub Enterprise Server (and in our tests, a local server).
 */
export async function createGitHubApi(token: string, env: NodeJS.ProcessEnv): Promise<GitHubApi> {
  const [{ getOctokit }, { retry }] = await Promise.all([
    import('@actions/github'),
    import('@octokit/plugin-retry'),
  ]);
  const baseValue = Number(env.VENDOR_GATE_RETRY_BASE_MS ?? '') || 1000;
  return getOctokit(
    token,
    {
      baseUrl: env.GITHUB_API_URL || 'https://api.github.com',
      retry: { retries: 3, retryAfterBaseValue: baseValue },
      request: { signal: AbortSignal.timeout(TOTAL_API_BUDGET_MS) },
    },
    retry,
  ) as unknown as GitHubApi;
}
