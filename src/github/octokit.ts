import type { IssueCommentsApi } from './comment.js';
import { ApiBudget } from './budget.js';
import { redact } from './redact.js';

export type GitHubApi = IssueCommentsApi;

/**
 * An Octokit client with retries on 5xx and rate limiting (429), every request within one
 * {@link ApiBudget} (per-request timeout, total deadline, request cap, API origin only). Loaded
 * lazily: only runs that talk to GitHub pay for @actions/github. The base URL comes from
 * GITHUB_API_URL, as on GitHub Enterprise Server (and in our tests, a local server); requests go
 * through @actions/github's proxy-aware fetch.
 */
export async function createGitHubApi(
  token: string,
  env: NodeJS.ProcessEnv,
  budget: ApiBudget = ApiBudget.fromEnv(env),
): Promise<GitHubApi> {
  const [{ getOctokit }, { retry }, { defaults }] = await Promise.all([
    import('@actions/github'),
    import('@octokit/plugin-retry'),
    import('@actions/github/lib/utils'),
  ]);
  const baseUrl = env.GITHUB_API_URL || 'https://api.github.com';
  const proxyFetch = (defaults.request as { fetch?: typeof fetch } | undefined)?.fetch ?? fetch;
  const octokit = getOctokit(
    token,
    {
      baseUrl,
      retry: { retries: 3, retryAfterBaseValue: budget.limits.retryWaitMs / 9 },
      request: { ...defaults.request, fetch: budget.wrap(proxyFetch, baseUrl) },
    },
    retry,
  ) as unknown as GitHubApi;
  return Object.assign(octokit, { redact: (message: string) => redact(message, token) });
}
