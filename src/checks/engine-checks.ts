import type { CheckMeta } from './types.js';

/**
 * Checks the engine itself raises, because they concern the manifest as a whole rather than one
 * service's facts: vendors with no rule, waivers, the code inventory and the policy comparison.
 */
export const ENGINE_CHECKS: CheckMeta[] = [
  {
    id: 'vendor.unknown',
    area: 'vendor',
    severity: 'unknown-vendors',
    description: 'No bundled or local rule exists for the vendor.',
    help: 'Add a local rule for the vendor under the rules folder (input `rules`), citing its documents, or fix the vendor name.',
  },
  {
    id: 'vendor.confusable',
    area: 'vendor',
    severity: 'error',
    description: 'The vendor named is a known look-alike of a catalogued vendor (clerk.io vs clerk.com).',
    help: "Use the catalogued vendor's id if you meant it; otherwise add a local rule for the vendor you really use.",
  },
  {
    id: 'inventory.undeclared',
    area: 'inventory',
    severity: 'error',
    description:
      "The code depends on a catalogued vendor's SDK (or sets its env key), but no service declares that vendor.",
    help: 'Declare the vendor under `services` with its plan, purpose and data, or remove the dependency.',
  },
  {
    id: 'inventory.optional',
    area: 'inventory',
    severity: 'notice',
    description:
      "An undeclared vendor's env key appears only commented out in an env example (an optional integration).",
    help: 'If the integration is switched on in production, declare the vendor under `services`.',
  },
  {
    id: 'inventory.unused',
    area: 'inventory',
    severity: 'notice',
    description: 'A declared vendor with detect patterns has no trace in the code.',
    help: 'Remove the service if it is no longer used, or ignore this notice if the vendor is used without an SDK.',
  },
  {
    id: 'inventory.unreadable',
    area: 'inventory',
    severity: 'warning',
    description:
      'A dependency or env file the scan could not read (too large, nested too deeply, not text, a symlink leaving the workspace).',
    help: 'Make the file readable (a regular UTF-8 file under 1 MiB, nested at most 256 levels), or list it in scan-ignore if it declares nothing this app uses.',
  },
  {
    id: 'waiver.expired',
    area: 'waiver',
    severity: 'error',
    description: "A waiver's `expires` date has passed; the finding it covered is reported unwaived.",
    help: 'Resolve the finding, or renew the waiver with a new approval and expiry.',
  },
  {
    id: 'waiver.unused',
    area: 'waiver',
    severity: 'notice',
    description: 'A waiver matches no finding.',
    help: 'Remove the waiver: what it covered no longer applies.',
  },
  {
    id: 'policy.weakened',
    area: 'policy',
    severity: 'warning',
    description: "On a pull request, the head manifest's requirements are weaker than the base branch's.",
    help: 'Make sure the relaxation is intended and approved by whoever owns the policy.',
  },
];
