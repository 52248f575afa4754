import type { CheckId } from '../checks/registry.js';
import type { Evidence } from '../checks/types.js';
import type { Location } from '../source/location.js';
import type { Severity } from '../vocabulary.js';

/** A finding as reported: severity decided, location resolved, waiver applied. */
export interface Finding {
  check: CheckId;
  severity: Severity;
  vendor: string | null;
  service: number | null;
  message: string;
  remediation: string;
  evidence: Evidence[];
  location: Location;
  /** A second place the finding concerns (the manifest service of a signal found in code); absent when none. */
  related?: Location;
  waived: { reason: string; expires: string } | null;
}
