import { isDeepStrictEqual } from 'node:util';
import { normaliseVendorName } from '../catalogue/catalogue.js';
import type { VendorRule } from '../catalogue/types.js';
import { CHECK_IDS } from '../checks/registry.js';
import { severityOf } from '../engine/evaluate.js';
import type { RuleFileChange } from '../gather/base-rules.js';
import { requirementRelaxations, type Relaxation } from '../manifest/requirements.js';
import type { Manifest, Service } from '../manifest/types.js';
import { fileStart } from '../source/config-error.js';
import type { Location } from '../source/location.js';
import { locate, parseYamlSource, type YamlPath } from '../source/yaml-source.js';
import { SEVERITY_RANK } from '../vocabulary.js';

/** How services of the base and the head are matched: by vendor (its catalogue id, where known). */
export type VendorKey = (vendor: string) => string;

/**
 * Every relaxation of `head` relative to `base`: requirements dropped or loosened, checks
 * downgraded or turned off, waivers added or extended, assurances added or changed, claims added
 * (agreements, opted-out, region), a service's data narrowed. Paths point into the head manifest;
 * where the head no longer has the key, the location falls back to its nearest parent.
 */
export function findRelaxations(
  base: Manifest,
  head: Manifest,
  vendorKey: VendorKey = normaliseVendorName,
): Relaxation[] {
  return [
    ...requirementRelaxations(base.requirements, head.requirements),
    ...checkRelaxations(base, head),
    ...waiverRelaxations(base, head, vendorKey),
    ...serviceRelaxations(base, head, vendorKey),
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

function waiverRelaxations(base: Manifest, head: Manifest, vendorKey: VendorKey): Relaxation[] {
  const out: Relaxation[] = [];
  const baseWaivers = base.services.flatMap((s) =>
    (s.waivers ?? []).map((w) => ({ vendor: vendorKey(s.vendor), ...w })),
  );
  head.services.forEach((service, i) => {
    service.waivers?.forEach((waiver, j) => {
      const vendor = vendorKey(service.vendor);
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

/** A value as a message shows it: JSON, cut short. */
function show(value: unknown): string {
  if (value === undefined) return 'none';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/**
 * What a service claims beyond the vendor's documents, compared with the base's services for the
 * same vendor: assurances added or changed, agreements and opt-outs added, a region claimed or
 * changed, the data it receives narrowed. A new service's claims are all added; its data is only
 * compared when it declares none (`data: []` switches most checks off).
 */
function serviceRelaxations(base: Manifest, head: Manifest, vendorKey: VendorKey): Relaxation[] {
  const out: Relaxation[] = [];
  head.services.forEach((service, i) => {
    const { vendor } = service;
    const before = base.services.filter((s) => vendorKey(s.vendor) === vendorKey(vendor));
    const at = (...segments: (string | number)[]): YamlPath => ['services', i, ...segments];
    const baseAssurances = before.flatMap((s) => s.assurances ?? []);
    service.assurances?.forEach((assurance, j) => {
      const same = baseAssurances.filter((a) => a.fact === assurance.fact);
      const described = `the assurance for ${assurance.fact} on ${vendor}`;
      if (same.length === 0)
        out.push({
          path: at('assurances', j, 'fact'),
          message: `an assurance for ${assurance.fact} on ${vendor} was added (value ${show(assurance.value)}, evidence ${show(assurance.evidence)})`,
        });
      else if (!same.some((a) => isDeepStrictEqual(a.value, assurance.value)))
        out.push({
          path: at('assurances', j, 'value'),
          message: `${described} changed its value from ${show(same[0]!.value)} to ${show(assurance.value)} (evidence ${show(assurance.evidence)})`,
        });
      else if (
        !same.some((a) => isDeepStrictEqual(a.value, assurance.value) && a.evidence === assurance.evidence)
      )
        out.push({
          path: at('assurances', j, 'evidence'),
          message: `${described} changed its evidence from ${show(same[0]!.evidence)} to ${show(assurance.evidence)}`,
        });
    });
    for (const key of ['agreements', 'opted-out'] as const) {
      const had = new Set<string>(before.flatMap((s) => s[key] ?? []));
      service[key]?.forEach((item, k) => {
        if (had.has(item)) return;
        const claim = key === 'agreements' ? `agreement '${item}'` : `an opt-out of ${item}`;
        out.push({ path: at(key, k), message: `${claim} was claimed for ${vendor} (added to its ${key})` });
      });
    }
    if (service.region !== undefined) {
      const regions = [...new Set(before.flatMap((s) => (s.region ? [s.region] : [])))];
      if (!regions.includes(service.region))
        out.push({
          path: at('region'),
          message:
            regions.length > 0
              ? `the region claimed for ${vendor} changed from ${regions.join(', ')} to ${service.region}`
              : `region '${service.region}' was claimed for ${vendor}`,
        });
    }
    out.push(...dataNarrowed(service, before, base, head, at('data')));
  });
  return out;
}

function dataNarrowed(
  service: Service,
  before: Service[],
  base: Manifest,
  head: Manifest,
  path: YamlPath,
): Relaxation[] {
  const skipped = 'so residency, agreement, AI and retention checks skip it';
  if (before.length === 0)
    return service.data?.length === 0
      ? [{ path, message: `${service.vendor} was added with data: [] (no personal data), ${skipped}` }]
      : [];
  const had = [...new Set(before.flatMap((s) => s.data ?? base.requirements.data))];
  const now = service.data ?? head.requirements.data;
  // A category dropped from requirements.data is reported there.
  const dropped = had.filter((c) => !now.includes(c) && head.requirements.data.includes(c));
  if (dropped.length === 0) return [];
  return [
    {
      path,
      message:
        now.length === 0
          ? `the data sent to ${service.vendor} was narrowed to none (data: []), ${skipped}; it received ${had.join(', ')}`
          : `the data sent to ${service.vendor} was narrowed: ${dropped.join(', ')} no longer listed`,
    },
  ];
}

/** A local rule file that differs from the base's, located in the head's rule file. */
export interface RuleFileRelaxation {
  location: Location;
  message: string;
}

/** Each local rule file added, removed or changed compared with the base, with what it changes. */
export function ruleFileRelaxations(changes: RuleFileChange[]): RuleFileRelaxation[] {
  return changes.map(({ file, head, base }) => {
    const rule = `the local rule ${file}`;
    if (!head) return { location: fileStart(file), message: `${rule} was removed` };
    const at = (path: YamlPath) => (head.source ? locate(head.source, path) : fileStart(file));
    const { id } = head.rule;
    if (!base)
      return {
        location: at(['id']),
        message: head.replaces
          ? `${rule} was added: it replaces the bundled rule for ${id} (${head.replaces}) with its own facts (${Object.keys(head.rule.facts).join(', ') || 'none'})`
          : `${rule} was added: it describes vendor '${id}' (${[head.rule.domain, ...(head.rule.aliases ?? [])].join(', ')}) with facts ${Object.keys(head.rule.facts).join(', ') || 'none'}`,
      };
    if ('unread' in base)
      return {
        location: at(['id']),
        message: `${rule} changed (its base version was not compared: ${base.unread})`,
      };
    const before = parseYamlSource(file, base.text).source?.data;
    if (!before || typeof before !== 'object' || Array.isArray(before))
      return { location: at(['id']), message: `${rule} changed (its base version is not a valid rule)` };
    const differences = ruleDifferences(before as Partial<VendorRule>, head.rule);
    if (differences.length === 0)
      return { location: at(['id']), message: `${rule} changed in formatting or comments only` };
    return {
      location: at(differences[0]!.path),
      message: `${rule} changed: ${differences.map((d) => d.text).join('; ')}`,
    };
  });
}

type FactLike = { value?: unknown; status?: unknown };

/** What a rule's edit changes: names, facts, detect patterns, then anything else, in that order. */
function ruleDifferences(before: Partial<VendorRule>, after: VendorRule): { path: YamlPath; text: string }[] {
  const out: { path: YamlPath; text: string }[] = [];
  const record = (value: unknown) =>
    (value && typeof value === 'object' && !Array.isArray(value) ? value : {}) as Record<string, unknown>;
  for (const key of ['id', 'domain', 'aliases'] as const)
    if (!isDeepStrictEqual(before[key], after[key]))
      out.push({ path: [key], text: `${key} changed from ${show(before[key])} to ${show(after[key])}` });
  const fact = (f: FactLike) => `${show(f.value)} (${String(f.status)})`;
  const was = record(before.facts) as Record<string, FactLike>;
  const now = after.facts as Record<string, FactLike>;
  for (const key of [...new Set([...Object.keys(now), ...Object.keys(was)])]) {
    const b = Object.hasOwn(was, key) ? was[key] : undefined;
    const a = Object.hasOwn(now, key) ? now[key] : undefined;
    if (!b) out.push({ path: ['facts', key], text: `fact ${key} was added: ${fact(a!)}` });
    else if (!a) out.push({ path: ['facts'], text: `fact ${key} was removed (was ${fact(b)})` });
    else if (!isDeepStrictEqual(a.value, b.value) || a.status !== b.status)
      out.push({ path: ['facts', key], text: `fact ${key} changed from ${fact(b)} to ${fact(a)}` });
    else if (!isDeepStrictEqual(a, b))
      out.push({ path: ['facts', key], text: `fact ${key}'s source, quote or note changed` });
  }
  const detectBefore = record(before.detect);
  const detectAfter = record(after.detect);
  for (const kind of [...new Set([...Object.keys(detectAfter), ...Object.keys(detectBefore)])])
    if (!isDeepStrictEqual(detectBefore[kind], detectAfter[kind]))
      out.push({
        path: Object.hasOwn(detectAfter, kind) ? ['detect', kind] : ['detect'],
        text: `detect.${kind} changed from ${show(detectBefore[kind])} to ${show(detectAfter[kind])}`,
      });
  const others = (['name', 'category', 'verified', 'plans', 'confusables', 'sources'] as const).filter(
    (key) => !isDeepStrictEqual(before[key], after[key]),
  );
  if (others.length > 0) out.push({ path: [others[0]!], text: `also changed: ${others.join(', ')}` });
  return out;
}
