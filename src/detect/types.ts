import type { Location } from '../source/location.js';

/** The package ecosystems (and env files) a vendor rule's `detect` block can name. */
export const ECOSYSTEMS = ['npm', 'pypi', 'go', 'gem', 'composer', 'cargo', 'env'] as const;
export type Ecosystem = (typeof ECOSYSTEMS)[number];

/** One dependency (or env key) found in a repository file, with where it was declared. */
export interface DependencyRef {
  ecosystem: Ecosystem;
  /** Package, module, gem or crate name as written; for `env`, the variable name. */
  name: string;
  /** Where the name itself stands; `file` is relative to the scanned root, with `/` separators. */
  location: Location;
  /** The section that declares it, e.g. `devDependencies`, `project.optional-dependencies.dev`, `group :test`. */
  section?: string;
  /** Env keys only: the key appears only commented out (`# CLERK_SECRET_KEY=`), an optional integration. */
  commented?: boolean;
}

/** Patterns from a vendor rule's `detect` block, per ecosystem. */
export type DetectPatterns = Partial<Record<Ecosystem, string[]>>;
