import type { VendorRule } from '../catalogue/types.js';
import type { CodeEvidence, CodeEvidenceOptions } from '../detect/code-evidence.js';
import { loadScanModule } from './dependencies.js';

export type { CodeEvidence, HostEvidence, RegionEvidence } from '../detect/code-evidence.js';

/**
 * Searches the repository at `root` for every rule's `detect.hosts` and `detect.regions` (SPEC §7.1,
 * §7.2): each match with its file, line, column and text.
 */
export type CodeEvidenceGatherer = (
  root: string,
  rules: readonly VendorRule[],
  options: CodeEvidenceOptions,
) => Promise<CodeEvidence>;

/**
 * The module is loaded on first use, so a run without the scan never pays for it; after the
 * dependency scan's modules, which it shares (one import of each, never two racing).
 */
const loading = async (): Promise<typeof import('../detect/code-evidence.js')> => {
  await loadScanModule();
  return import('../detect/code-evidence.js');
};

/** The code-evidence scan of `detect/`. */
export const gatherCodeEvidence: CodeEvidenceGatherer = async (root, rules, options) => {
  const { gatherCodeEvidence: gather } = await loading();
  return gather(root, rules, options);
};
