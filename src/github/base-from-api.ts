import type { BaseReader } from '../gather/base-manifest.js';
import type { GitHubApi } from './octokit.js';
import type { PullRequestContext } from './event.js';

/**
 * Read the base branch's file through the contents API, for checkouts without history. A missing
 * file (404) means the base had no manifest; other failures are reported and treated the same,
 * so an API outage never fails or passes the gate by itself.
 */
export function apiBaseReader(
  api: () => Promise<GitHubApi>,
  pr: PullRequestContext,
  warn: (message: string) => void,
): BaseReader {
  return async (path) => {
    if (!pr.baseSha) return undefined;
    try {
      const response = (await (
        await api()
      ).request('GET /repos/{owner}/{repo}/contents/{path}', {
        owner: pr.owner,
        repo: pr.repo,
        path,
        ref: pr.baseSha,
      })) as { data: { content?: string; encoding?: string } };
      const { content, encoding } = response.data;
      if (typeof content !== 'string') return undefined;
      return {
        text: Buffer.from(content, encoding === 'base64' ? 'base64' : 'utf8').toString('utf8'),
        label: `${path} on ${pr.baseRef ?? 'the base branch'} (${pr.baseSha.slice(0, 7)})`,
      };
    } catch (error) {
      const status = (error as { status?: number }).status;
      if (status !== 404)
        warn(
          `Vendor Gate could not read the base branch's manifest (${status ? `HTTP ${status}` : String(error)}); policy.weakened was not checked.`,
        );
      return undefined;
    }
  };
}

/** Try each reader in turn: `git show` when history is checked out, then the API. */
export function firstOf(...readers: BaseReader[]): BaseReader {
  return async (path) => {
    for (const read of readers) {
      const found = await read(path);
      if (found) return found;
    }
    return undefined;
  };
}
