import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { compareStrings } from '../compare.js';
import { RULE_FILE } from '../catalogue/catalogue.js';
import type { LoadedRule } from '../catalogue/types.js';
import type { BaseReader } from './base-manifest.js';

/**
 * At most this many changed rule files are read from the base to say what changed (through the
 * contents API each is one request of the run's budget); further ones are reported as changed.
 */
export const MAX_BASE_RULE_READS = 20;

/** A local rule file that differs from the base branch's: added, removed or changed. */
export interface RuleFileChange {
  /** Workspace-relative path. */
  file: string;
  /** The head's rule; absent when the pull request removed the file. */
  head?: LoadedRule;
  /** The base's text, or why it was not read; absent when the file was added (or removed: no head either). */
  base?: { text: string } | { unread: string };
}

export interface BaseRules {
  label?: string;
  changes: RuleFileChange[];
  /** The base's rules folder exists but could not be listed: reported like an unreadable manifest. */
  unreadable?: { label: string; reason: string; file: string };
}

/** The git blob id of a file's bytes (what `git ls-tree` and the contents API list). */
function blobId(bytes: Buffer, length: number): string {
  const algorithm = length === 64 ? 'sha256' : 'sha1';
  return createHash(algorithm).update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/**
 * Compare the local rule files with the base branch's: list the base's rules folder, skip files
 * whose blob id is unchanged, and read the base version of each changed file (up to a cap).
 */
export async function readBaseRules(
  readBase: BaseReader,
  workspace: string,
  folder: string,
  localRules: LoadedRule[],
): Promise<BaseRules> {
  const listing = await readBase.list(folder);
  if (listing && 'unreadable' in listing)
    return { changes: [], unreadable: { label: listing.label, reason: listing.unreadable, file: folder } };
  const baseFiles = listing && 'files' in listing ? listing.files.filter((f) => RULE_FILE.test(f.name)) : [];
  const path = (name: string) => (folder === '' ? name : `${folder}/${name}`);
  const changes: RuleFileChange[] = [];
  let reads = 0;
  for (const head of localRules) {
    const name = basename(head.file);
    const before = baseFiles.find((f) => f.name === name);
    if (!before) {
      changes.push({ file: head.file, head });
      continue;
    }
    const bytes = readFileSync(join(workspace, head.file));
    if (blobId(bytes, before.sha.length) === before.sha) continue;
    if (reads++ >= MAX_BASE_RULE_READS) {
      changes.push({
        file: head.file,
        head,
        base: { unread: `more than ${MAX_BASE_RULE_READS} rule files changed` },
      });
      continue;
    }
    const found = await readBase.read(path(name));
    const base =
      found && 'text' in found
        ? { text: found.text }
        : { unread: found && 'unreadable' in found ? found.unreadable : 'it could not be read' };
    changes.push({ file: head.file, head, base });
  }
  const headNames = new Set(localRules.map((r) => basename(r.file)));
  for (const gone of baseFiles.filter((f) => !headNames.has(f.name))) changes.push({ file: path(gone.name) });
  changes.sort((a, b) => compareStrings(a.file, b.file));
  const label = !listing ? undefined : 'absent' in listing ? listing.absent : listing.label;
  return { label, changes };
}
