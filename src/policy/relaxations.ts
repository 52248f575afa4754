import { normaliseVendorName } from '../catalogue/catalogue.js';
import { CHECK_IDS } from '../checks/registry.js';
import { severityOf } from '../engine/evaluate.js';
import { requirementRelaxations, type Relaxation } from '../manifest/requirements.js';
import type { Manifest } from '../manifest/types.js';
import { SEVERITY_RANK } from '../vocabulary.js';

/**
 * Every relaxation of `head` relative to `base`: requirements dropped or loosened, checks
 * downgraded or turned off, waivers added or extended. Paths point into the head manifest; where
 * the head no longer has the key, the location falls back to its nearest parent.
 */
export function findRelaxations(base: Manifest, head: Manifest): Relaxation[] {
  return [
    ...requirementRelaxations(base.requirements, head.requirements),
    ...checkRelaxations(base, head),
    ...waiverRelaxations(base, head),
  ];
}

function checkRelaxations(base: Manifest, head: Manifest): Relaxation[] {
  const out: Relaxation[] = [];
  for (const id of CHECK_IDS) {
    // vendor.unknown follows requirements.unknown-vendors, which is compared above.
    if (id === 'vendor.unknown' && !base.checks?.[id] && !head.checks?.[id]) continue;
    const before = severityOf(id, base);
    const after = severityOf(id, head);
    if (SEVERITY_RANK[after] < SEVERITY_RANK[before]) {
      out.push({ path: ['checks', id], message: `check ${id} went from ${before} to ${after}` });
    }
  }
  return out;
}

function waiverRelaxations(base: Manifest, head: Manifest): Relaxation[] {
  const out: Relaxation[] = [];
  const baseWaivers = base.services.flatMap((s) =>
    (s.waivers ?? []).map((w) => ({ vendor: normaliseVendorName(s.vendor), ...w })),
  );
  head.services.forEach((service, i) => {
    service.waivers?.forEach((waiver, j) => {
      const vendor = normaliseVendorName(service.vendor);
      const before = baseWaivers.filter((w) => w.vendor === vendor && w.check === waiver.check);
      const path = ['services', i, 'waivers', j];
      if (before.length === 0) {
        out.push({
          path: [...path, 'check'],
          message: `a waiver for ${waiver.check} on ${service.vendor} was added (until ${waiver.expires}: "${waiver.reason}")`,
        });
      } else {
        const latest = before
          .map((w) => w.expires)
          .sort()
          .at(-1)!;
        if (waiver.expires > latest)
          out.push({
            path: [...path, 'expires'],
            message: `the waiver for ${waiver.check} on ${service.vendor} was extended from ${latest} to ${waiver.expires}`,
          });
      }
    });
  });
  return out;
}
