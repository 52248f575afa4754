import { normaliseVendorName } from '../catalogue/catalogue.js';
import { CHECK_IDS } from '../checks/registry.js';
import { severityOf } from '../engine/evaluate.js';
import type { Manifest, Requirements } from '../manifest/types.js';
import type { YamlPath } from '../source/yaml-source.js';
import { SEVERITY_RANK } from '../vocabulary.js';

/** One way the head manifest asks less than the base: where (in the head) and what. */
export interface Relaxation {
  path: YamlPath;
  message: string;
}

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

function requirementRelaxations(base: Requirements, head: Requirements): Relaxation[] {
  const out: Relaxation[] = [];
  const req = (...path: (string | number)[]): YamlPath => ['requirements', ...path];
  const dropped = (key: 'data' | 'agreements' | 'certifications' | 'features', noun: string) => {
    for (const item of base[key] ?? []) {
      if (!(head[key] as string[] | undefined)?.includes(item))
        out.push({ path: req(key), message: `${noun} '${item}' was dropped from requirements.${key}` });
    }
  };
  dropped('data', 'data category');

  if (base.residency) {
    if (!head.residency) {
      out.push({
        path: req('residency'),
        message: `requirements.residency was removed (it allowed only ${base.residency.regions.join(', ')})`,
      });
    } else {
      head.residency.regions.forEach((region, i) => {
        if (!base.residency!.regions.includes(region))
          out.push({
            path: req('residency', 'regions', i),
            message: `region '${region}' was added to requirements.residency.regions`,
          });
      });
      if (
        (base.residency.transfers ?? 'forbidden') === 'forbidden' &&
        head.residency.transfers === 'safeguarded'
      ) {
        out.push({
          path: req('residency', 'transfers'),
          message: 'requirements.residency.transfers went from forbidden to safeguarded',
        });
      }
    }
  }
  dropped('agreements', 'agreement');
  if (base['ai-training'] === 'forbidden' && head['ai-training'] !== 'forbidden') {
    out.push({
      path: req('ai-training'),
      message: `requirements.ai-training went from forbidden to ${head['ai-training'] ?? 'allowed (removed)'}`,
    });
  }
  const raised = (key: 'deletion-days' | 'max-rule-age-days', what: string) => {
    const before = base[key];
    const after = head[key];
    if (before !== undefined && (after === undefined || after > before)) {
      out.push({
        path: req(key),
        message: `requirements.${key} ${after === undefined ? 'was removed' : `was raised from ${before} to ${after}`} (${what})`,
      });
    }
  };
  raised('deletion-days', 'vendors may keep data longer');
  dropped('certifications', 'certification');
  const notice = { before: base['subprocessor-notice-days'], after: head['subprocessor-notice-days'] };
  if (notice.before !== undefined && (notice.after === undefined || notice.after < notice.before)) {
    out.push({
      path: req('subprocessor-notice-days'),
      message: `requirements.subprocessor-notice-days ${notice.after === undefined ? 'was removed' : `was lowered from ${notice.before} to ${notice.after}`}`,
    });
  }
  dropped('features', 'feature');
  raised('max-rule-age-days', 'older vendor facts are accepted');
  if (base['unknown-vendors'] === 'error' && head['unknown-vendors'] !== 'error') {
    out.push({
      path: req('unknown-vendors'),
      message: 'requirements.unknown-vendors went from error to warning',
    });
  }
  return out;
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
