import type { FindingDraft } from '../checks/types.js';

/** A dependency or env file the scan listed but could not read, and why. */
export interface UnreadableFile {
  file: string;
  reason: string;
}

/**
 * `inventory.unreadable` (warning) at each file the scan could not read: too large, nested too
 * deeply, not UTF-8 text, a symlink leaving the workspace, not a regular file. Skipping such a file
 * in silence would let an undeclared SDK in it pass the gate.
 */
export function unreadableFindings(files: readonly UnreadableFile[]): FindingDraft[] {
  return files.map(({ file, reason }) => ({
    check: 'inventory.unreadable',
    evidence: [],
    at: { location: { file, line: 1, column: 1, endLine: 1, endColumn: 1 } },
    message: `${file} was not scanned for vendors: ${reason}.`,
    remediation:
      'Make the file a regular UTF-8 file inside the repository, under 1 MiB and nested at most 256 levels deep, so the scan can read it; or list it in scan-ignore if it declares no dependencies of this app.',
  }));
}
