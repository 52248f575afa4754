import type { BaseReader } from '../gather/base-manifest.js';
import type { GitHubApi } from './octokit.js';
import type { PullRequestContext } from './event.js';
import { redact } from './redact.js';

/**
 * Read the base branch's file through the contents API, for checkouts without history. Only a 404
 * means the base has no manifest. Any other failure (5xx after retries, a timeout, the budget spent,
 * a folder or an over-large file where the manifest should be) is `unreadable`: the run reports it
 * at policy.weakened's severity, so an API outage never turns a failing gate into a pass (issue 11).
 */
export function apiBaseReader(
  api: () => Promise<GitHubApi>,
  pr: PullRequestContext,
  warn: (message: string) => void,
): BaseReader {
  return async (path) => {
    if (!pr.baseSha) return undefined;
    const label = `${path} on ${pr.baseRef ?? 'the base branch'} (${pr.baseSha.slice(0, 7)})`;
    let client: GitHubApi | undefined;
    try {
      client = await api();
      const response = (await client.request('GET /repos/{owner}/{repo}/contents/{path}', {
        owner: pr.owner,
        repo: pr.repo,
        path,
        ref: pr.baseSha,
      })) as { data: { content?: string; encoding?: string } | unknown[] };
      const { data } = response;
      if (Array.isArray(data)) return { unreadable: 'the path is a folder there', label };
      if (typeof data.content !== 'string' || data.encoding === 'none')
        return { unreadable: 'the contents API did not return the file (too large?)', label };
      return {
        text: Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8'),
        label,
      };
    } catch (error) {
      const status = (error as { status?: number }).status;
      if (status === 404) return undefined;
      const reason =
        status && status !== 500 ? `HTTP ${status}` : error instanceof Error ? error.message : String(error);
      const message = `Vendor Gate could not read the base branch's manifest (${reason}); this is reported as policy.weakened.`;
      warn(client?.redact ? client.redact(message) : redact(message, undefined));
      return { unreadable: client?.redact ? client.redact(reason) : redact(reason, undefined), label };
    }
  };
}

/**
 * Try each reader in turn (`git show` when history is checked out, then the API): the first file
 * found wins; failing that, the last reader's "unreadable" stands; else there is no base file.
 */
export function firstOf(...readers: BaseReader[]): BaseReader {
  return async (path) => {
    let unreadable: Awaited<ReturnType<BaseReader>>;
    for (const read of readers) {
      const found = await read(path);
      if (found && 'text' in found) return found;
      if (found) unreadable = found;
    }
    return unreadable;
  };
}
