import type { DependencyRef } from '../detect/types.js';
import type { ScanOptions } from '../detect/scan.js';

/** Lists every dependency and env key declared in the repository at `root`, in file and line order. */
export type DependencyScanner = (root: string, options: ScanOptions) => Promise<DependencyRef[]>;

/**
 * The dependency scan of `detect/`. Its modules (parsers, TOML, globs) are loaded on first use, so a
 * run without the scan never pays for them.
 */
export const scanDependencies: DependencyScanner = async (root, options) => {
  const { scanRepository } = await loadScanModule();
  return scanRepository(root, options);
};

let scanModule: Promise<typeof import('../detect/scan.js')> | undefined;
/** The scan's modules, imported once: the code-evidence scan shares them and loads after them. */
export function loadScanModule(): Promise<typeof import('../detect/scan.js')> {
  return (scanModule ??= import('../detect/scan.js'));
}
