import type { DependencyRef } from '../detect/types.js';
import type { HostEvidence } from '../gather/code-evidence.js';
import { defineArea } from './types.js';

/**
 * Compare what the code uses with what the manifest declares: an SDK of a catalogued vendor that no
 * service declares is undeclared (an env key only commented out is an optional integration); a
 * declared vendor with detect patterns and no trace in the code is unused. Pure: the scan ran before.
 */
export const inventory = defineArea({
  area: 'inventory',
  checks: {
    'inventory.undeclared': {
      severity: 'error',
      description:
        "The code depends on a catalogued vendor's SDK (or sets its env key, or calls its API host), but no service declares that vendor.",
      help: 'Declare the vendor under `services` with its plan, purpose and data, or remove the dependency.',
    },
    'inventory.optional': {
      severity: 'notice',
      description:
        "An undeclared vendor's env key appears only commented out in an env example (an optional integration).",
      help: 'If the integration is switched on in production, declare the vendor under `services`.',
    },
    'inventory.unused': {
      severity: 'notice',
      description: 'A declared vendor with detect patterns has no trace in the code.',
      help: 'Remove the service if it is no longer used, or ignore this notice if the vendor is used without an SDK.',
    },
    'inventory.unreadable': {
      severity: 'warning',
      description:
        'A dependency or env file the scan could not read (too large, nested too deeply, not text, a symlink leaving the workspace).',
      help: 'Make the file readable (a regular UTF-8 file under 1 MiB, nested at most 256 levels), or skip it in the scan (input `scan-ignore`, CLI `--scan-ignore`) if it declares nothing this app uses.',
    },
  },
  repository({ gathered: { detected, evidence, unreadable }, catalogue, manifest, report }) {
    // Skipping such a file in silence would let an undeclared SDK in it pass the gate.
    for (const { file, reason } of unreadable ?? [])
      report('inventory.unreadable', {
        at: { location: { file, line: 1, column: 1, endLine: 1, endColumn: 1 } },
        message: `${file} was not scanned for vendors: ${reason}.`,
        remediation:
          'Make the file a regular UTF-8 file inside the repository, under 1 MiB and nested at most 256 levels deep, so the scan can read it; or skip it in the scan (input `scan-ignore`, CLI `--scan-ignore`) if it declares no dependencies of this app.',
      });
    if (!detected) return;
    const declared = new Map<string, number>();
    manifest.services.forEach((service, index) => {
      const id = catalogue.resolve(service.vendor)?.rule.id;
      if (id && !declared.has(id)) declared.set(id, index);
    });
    const found = new Map(detected.map((vendor) => [vendor.rule.id, vendor]));
    // Hosts in the code are traces of their vendor too (SPEC §7.1): the first of each per file.
    const hostTraces = new Map<string, HostEvidence[]>();
    const seenInFile = new Set<string>();
    for (const host of evidence?.hosts ?? []) {
      const key = `${host.vendor}\0${host.location.file}\0${host.text.toLowerCase()}`;
      if (seenInFile.has(key)) continue;
      seenInFile.add(key);
      const list = hostTraces.get(host.vendor);
      if (list) list.push(host);
      else hostTraces.set(host.vendor, [host]);
    }
    for (const { rule } of catalogue.rules) {
      const patterns = rule.detect;
      if (!patterns) continue;
      const hits = found.get(rule.id)?.hits ?? [];
      const hosts = hostTraces.get(rule.id) ?? [];
      const index = declared.get(rule.id);
      if (index !== undefined) {
        const signalled = evidence?.regions.some((signal) => signal.vendor === rule.id) ?? false;
        if (
          hits.length === 0 &&
          hosts.length === 0 &&
          !signalled &&
          Object.values(patterns).some((p) => p && p.length > 0)
        ) {
          report('inventory.unused', {
            service: index,
            vendor: rule.id,
            at: { path: ['services', index, 'vendor'] },
            message: `${rule.name} is declared, but none of its SDKs, env keys or API hosts appear in the repository.`,
            remediation: `Remove the service if ${rule.name} is no longer used; keep it if you call ${rule.name} without an SDK.`,
          });
        }
        continue;
      }
      // An SDK already reported says it all; hosts speak for a vendor called without one.
      const sdkReported = hits.some((hit) => !hit.ref.commented);
      for (const host of sdkReported ? [] : hosts)
        report('inventory.undeclared', {
          vendor: rule.id,
          at: { location: host.location },
          message: `${host.location.file} talks to ${host.text}, which matches ${rule.name}'s host pattern ${host.host}, but no service declares ${rule.name}.`,
          remediation: `Declare ${rule.name} under services (vendor: ${rule.id}, plan: one of ${rule.plans.join(', ')}) with the data it receives, or remove the calls to ${host.text}.`,
        });
      for (const { ref, pattern } of hits) {
        const at = { location: ref.location };
        if (ref.commented) {
          report('inventory.optional', {
            vendor: rule.id,
            at,
            message: `${ref.location.file} mentions ${describe(ref)} of ${rule.name} only in a comment: an optional integration no service declares.`,
            remediation: `If ${rule.name} is switched on in production, declare it under services (vendor: ${rule.id}) with its plan and the data it receives.`,
          });
        } else {
          report('inventory.undeclared', {
            vendor: rule.id,
            at,
            message: `${ref.location.file} uses ${describe(ref)}, which matches ${rule.name}'s ${ref.ecosystem} pattern ${pattern}, but no service declares ${rule.name}.`,
            remediation: `Declare ${rule.name} under services (vendor: ${rule.id}, plan: one of ${rule.plans.join(', ')}) with the data it receives, or remove the dependency.`,
          });
        }
      }
    }
  },
});

function describe(ref: DependencyRef): string {
  return ref.ecosystem === 'env'
    ? `the env key ${ref.name}`
    : `${ref.name}${ref.section ? ` (${ref.section})` : ''}`;
}
