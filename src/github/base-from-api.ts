import type { BaseFile, BaseFolder, BaseReader } from '../gather/base-manifest.js';
import type { GitHubApi } from './octokit.js';
import type { PullRequestContext } from './event.js';
import { redact } from './redact.js';

/**
 * Read the base branch's files through the contents API, for checkouts without history. Only a 404
 * means the base has no such file or folder. Any other failure (5xx after retries, a timeout, the
 * budget spent, a folder or an over-large file where a file should be) is `unreadable`: the run
 * reports it at policy.weakened's severity, so an API outage never turns a failing gate into a pass
 * (issue 11). Each read or listing is one request of the run's API budget (`budget.ts`).
 */
export function apiBaseReader(
  api: () => Promise<GitHubApi>,
  pr: PullRequestContext,
  warn: (message: string) => void,
): BaseReader {
  const labelOf = (path: string) =>
    `${path} on ${pr.baseRef ?? 'the base branch'} (${pr.baseSha?.slice(0, 7)})`;
  /** GET the contents API at the base commit: its data, `absent` on a 404, or `unreadable`. */
  async function contents(
    path: string,
  ): Promise<{ data: unknown } | { absent: string } | { unreadable: string; label: string }> {
    const label = labelOf(path);
    let client: GitHubApi | undefined;
    try {
      client = await api();
      const response = (await client.request('GET /repos/{owner}/{repo}/contents/{path}', {
        owner: pr.owner,
        repo: pr.repo,
        path,
        ref: pr.baseSha,
      })) as { data: unknown };
      return { data: response.data };
    } catch (error) {
      const status = (error as { status?: number }).status;
      if (status === 404) return { absent: label };
      const reason =
        status && status !== 500 ? `HTTP ${status}` : error instanceof Error ? error.message : String(error);
      const message = `Vendor Gate could not read ${path} on the base branch (${reason}); this is reported as policy.weakened.`;
      warn(client?.redact ? client.redact(message) : redact(message, undefined));
      return { unreadable: client?.redact ? client.redact(reason) : redact(reason, undefined), label };
    }
  }
  return {
    async read(path): Promise<BaseFile> {
      if (!pr.baseSha) return undefined;
      const found = await contents(path);
      if (!('data' in found)) return found;
      const label = labelOf(path);
      const data = found.data as { content?: string; encoding?: string } | unknown[];
      if (Array.isArray(data)) return { unreadable: 'the path is a folder there', label };
      if (typeof data.content !== 'string' || data.encoding === 'none')
        return { unreadable: 'the contents API did not return the file (too large?)', label };
      return {
        text: Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8'),
        label,
      };
    },
    async list(folder): Promise<BaseFolder> {
      if (!pr.baseSha) return undefined;
      const found = await contents(folder);
      if (!('data' in found)) return found;
      const label = labelOf(folder);
      // A file where the folder should be holds no rule files.
      if (!Array.isArray(found.data)) return { files: [], label };
      const files = (found.data as { type?: string; name?: string; sha?: string }[]).flatMap((entry) =>
        entry.type === 'file' && typeof entry.name === 'string' && typeof entry.sha === 'string'
          ? [{ name: entry.name, sha: entry.sha }]
          : [],
      );
      return { files, label };
    },
  };
}

/**
 * Try each reader in turn (`git` when history is checked out, then the API): the first answer that
 * is found or certainly absent wins; failing that, the last reader's "unreadable" stands; else
 * there is no base file.
 */
export function firstOf(...readers: BaseReader[]): BaseReader {
  const first =
    <T extends BaseFile | BaseFolder>(ask: (reader: BaseReader) => Promise<T>) =>
    async (): Promise<T | undefined> => {
      let unreadable: T | undefined;
      for (const reader of readers) {
        const found = await ask(reader);
        if (found && !('unreadable' in found)) return found;
        if (found) unreadable = found;
      }
      return unreadable;
    };
  return {
    read: (path) => first((reader) => reader.read(path))(),
    list: (folder) => first((reader) => reader.list(folder))(),
  };
}
